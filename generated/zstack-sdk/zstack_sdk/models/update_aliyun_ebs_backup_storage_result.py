"""Result models: UpdateAliyunEbsBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .backup_storage_inventory import BackupStorageInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateAliyunEbsBackupStorageResult",
]


class UpdateAliyunEbsBackupStorageResult(ZStackModel):
    """The result of UpdateAliyunEbsBackupStorage (ZStack's `UpdateBackupStorageResult`)."""

    error: ErrorCode | None = None

    inventory: BackupStorageInventory | None = None
