"""Result models: QueryGCJobResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .garbage_collector_inventory import GarbageCollectorInventory

__all__ = [
    "QueryGCJobResult",
]


class QueryGCJobResult(ZStackModel):
    """The result of QueryGCJob (ZStack's `QueryGCJobResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[GarbageCollectorInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
