"""Result models: ReconnectSftpBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sftp_backup_storage_inventory import SftpBackupStorageInventory

__all__ = [
    "ReconnectSftpBackupStorageResult",
]


class ReconnectSftpBackupStorageResult(ZStackModel):
    """The result of ReconnectSftpBackupStorage (ZStack's `ReconnectSftpBackupStorageResult`)."""

    error: ErrorCode | None = None

    inventory: SftpBackupStorageInventory | None = None
