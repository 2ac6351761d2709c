"""Result models: AddExternalBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .external_backup_storage_inventory import ExternalBackupStorageInventory

__all__ = [
    "AddExternalBackupStorageResult",
]


class AddExternalBackupStorageResult(ZStackModel):
    """The result of AddExternalBackupStorage (ZStack's `AddExternalBackupStorageResult`)."""

    error: ErrorCode | None = None

    inventory: ExternalBackupStorageInventory | None = None
