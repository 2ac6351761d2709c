"""Result models: AddSimulatorBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .backup_storage_inventory import BackupStorageInventory
from .error_code import ErrorCode

__all__ = [
    "AddSimulatorBackupStorageResult",
]


class AddSimulatorBackupStorageResult(ZStackModel):
    """The result of AddSimulatorBackupStorage (ZStack's `AddBackupStorageResult`)."""

    error: ErrorCode | None = None

    inventory: BackupStorageInventory | None = None
