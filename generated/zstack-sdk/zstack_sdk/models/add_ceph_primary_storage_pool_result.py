"""Result models: AddCephPrimaryStoragePoolResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ceph_primary_storage_pool_inventory import CephPrimaryStoragePoolInventory
from .error_code import ErrorCode

__all__ = [
    "AddCephPrimaryStoragePoolResult",
]


class AddCephPrimaryStoragePoolResult(ZStackModel):
    """The result of AddCephPrimaryStoragePool (ZStack's `AddCephPrimaryStoragePoolResult`)."""

    error: ErrorCode | None = None
    """详情参考error (since 0.6)"""

    inventory: CephPrimaryStoragePoolInventory | None = None
    """详情参考inventory (since 0.6)"""

    success: bool | None = None
    """success (since 0.6)"""
