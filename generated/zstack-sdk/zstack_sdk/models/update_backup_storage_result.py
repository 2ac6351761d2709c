"""Result models: UpdateBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .backup_storage_inventory import BackupStorageInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateBackupStorageResult",
]


class UpdateBackupStorageResult(ZStackModel):
    """The result of UpdateBackupStorage (ZStack's `UpdateBackupStorageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: BackupStorageInventory | None = None
    """详情参考inventory (since 0.6)"""
