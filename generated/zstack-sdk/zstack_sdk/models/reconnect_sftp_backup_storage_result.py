"""Result models: ReconnectSftpBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .sftp_backup_storage_inventory import SftpBackupStorageInventory

__all__ = [
    "ReconnectSftpBackupStorageResult",
]


class ReconnectSftpBackupStorageResult(ZStackModel):
    """The ``ReconnectSftpBackupStorageResult`` structure."""

    inventory: SftpBackupStorageInventory | None = None
