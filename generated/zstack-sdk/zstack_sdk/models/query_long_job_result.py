"""Result models: QueryLongJobResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .long_job_inventory import LongJobInventory

__all__ = [
    "QueryLongJobResult",
]


class QueryLongJobResult(ZStackModel):
    """The result of QueryLongJob (ZStack's `QueryLongJobResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventories: list[LongJobInventory] | None = None
    """详情参考inventories (since 2.3)"""

    total: int | None = None
