"""Result models: QueryCephPrimaryStoragePoolResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ceph_primary_storage_pool_inventory import CephPrimaryStoragePoolInventory
from .error_code import ErrorCode

__all__ = [
    "QueryCephPrimaryStoragePoolResult",
]


class QueryCephPrimaryStoragePoolResult(ZStackModel):
    """The result of QueryCephPrimaryStoragePool (ZStack's `QueryCephPrimaryStoragePoolResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[CephPrimaryStoragePoolInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
