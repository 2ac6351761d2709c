"""Result models: RecoverVmBackupFromImageStoreBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_backup_inventory import VolumeBackupInventory

__all__ = [
    "RecoverVmBackupFromImageStoreBackupStorageResult",
]


class RecoverVmBackupFromImageStoreBackupStorageResult(ZStackModel):
    """The result of RecoverVmBackupFromImageStoreBackupStorage (ZStack's `RecoverVmBackupFromImageStoreBackupStorageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.0)"""

    inventories: list[VolumeBackupInventory] | None = None
    """详情参考inventories (since 3.0.0)"""
