"""Result models: AddExternalBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .external_backup_storage_inventory import ExternalBackupStorageInventory

__all__ = [
    "AddExternalBackupStorageResult",
]


class AddExternalBackupStorageResult(ZStackModel):
    """The ``AddExternalBackupStorageResult`` structure."""

    inventory: ExternalBackupStorageInventory | None = None
