"""Result models: QueryTagResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .tag_pattern_inventory import TagPatternInventory

__all__ = [
    "QueryTagResult",
]


class QueryTagResult(ZStackModel):
    """The result of QueryTag (ZStack's `QueryTagResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.2.0)"""

    inventories: list[TagPatternInventory] | None = None
    """详情参考inventories (since 3.2.0)"""

    total: int | None = None
