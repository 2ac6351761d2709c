"""Result models: CreateVolumeBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_backup_inventory import VolumeBackupInventory

__all__ = [
    "CreateVolumeBackupResult",
]


class CreateVolumeBackupResult(ZStackModel):
    """The result of CreateVolumeBackup (ZStack's `CreateVolumeBackupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.6.0)"""

    inventory: VolumeBackupInventory | None = None
    """详情参考inventory (since 2.6.0)"""
