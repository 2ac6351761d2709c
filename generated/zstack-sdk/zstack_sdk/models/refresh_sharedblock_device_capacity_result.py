"""Result models: RefreshSharedblockDeviceCapacityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .shared_block_group_primary_storage_inventory import SharedBlockGroupPrimaryStorageInventory

__all__ = [
    "RefreshSharedblockDeviceCapacityResult",
]


class RefreshSharedblockDeviceCapacityResult(ZStackModel):
    """The result of RefreshSharedblockDeviceCapacity (ZStack's `RefreshSharedBlockDeviceCapacityResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    inventory: SharedBlockGroupPrimaryStorageInventory | None = None
    """详情参考inventory (since 2.6.0)"""
