"""Result models: QuerySharedBlockResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .shared_block_inventory import SharedBlockInventory

__all__ = [
    "QuerySharedBlockResult",
]


class QuerySharedBlockResult(ZStackModel):
    """The result of QuerySharedBlock (ZStack's `QuerySharedBlockResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3.2)"""

    inventories: list[SharedBlockInventory] | None = None
    """详情参考inventories (since 2.3.2)"""

    total: int | None = None
