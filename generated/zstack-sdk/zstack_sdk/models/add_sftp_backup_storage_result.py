"""Result models: AddSftpBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .backup_storage_inventory import BackupStorageInventory
from .error_code import ErrorCode

__all__ = [
    "AddSftpBackupStorageResult",
]


class AddSftpBackupStorageResult(ZStackModel):
    """The result of AddSftpBackupStorage (ZStack's `AddSftpBackupStorageResult`)."""

    error: ErrorCode | None = None

    inventory: BackupStorageInventory | None = None
