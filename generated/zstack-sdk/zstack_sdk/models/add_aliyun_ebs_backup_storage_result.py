"""Result models: AddAliyunEbsBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .backup_storage_inventory import BackupStorageInventory

__all__ = [
    "AddAliyunEbsBackupStorageResult",
]


class AddAliyunEbsBackupStorageResult(ZStackModel):
    """The ``AddAliyunEbsBackupStorageResult`` structure."""

    inventory: BackupStorageInventory | None = None
