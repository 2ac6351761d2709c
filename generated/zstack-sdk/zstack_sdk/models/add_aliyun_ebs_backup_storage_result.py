"""Result models: AddAliyunEbsBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .backup_storage_inventory import BackupStorageInventory
from .error_code import ErrorCode

__all__ = [
    "AddAliyunEbsBackupStorageResult",
]


class AddAliyunEbsBackupStorageResult(ZStackModel):
    """The result of AddAliyunEbsBackupStorage (ZStack's `AddBackupStorageResult`)."""

    error: ErrorCode | None = None

    inventory: BackupStorageInventory | None = None
