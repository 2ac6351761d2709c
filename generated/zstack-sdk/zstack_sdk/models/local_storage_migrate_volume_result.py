"""Result models: LocalStorageMigrateVolumeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .local_storage_resource_ref_inventory import LocalStorageResourceRefInventory

__all__ = [
    "LocalStorageMigrateVolumeResult",
]


class LocalStorageMigrateVolumeResult(ZStackModel):
    """The result of LocalStorageMigrateVolume (ZStack's `LocalStorageMigrateVolumeResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: LocalStorageResourceRefInventory | None = None
    """详情参考inventory (since 0.6)"""
