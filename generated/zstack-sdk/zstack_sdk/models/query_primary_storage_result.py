"""Result models: QueryPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .primary_storage_inventory import PrimaryStorageInventory

__all__ = [
    "QueryPrimaryStorageResult",
]


class QueryPrimaryStorageResult(ZStackModel):
    """The result of QueryPrimaryStorage (ZStack's `QueryPrimaryStorageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[PrimaryStorageInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
