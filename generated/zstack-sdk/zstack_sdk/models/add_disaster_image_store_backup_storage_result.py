"""Result models: AddDisasterImageStoreBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .image_store_backup_storage_inventory import ImageStoreBackupStorageInventory

__all__ = [
    "AddDisasterImageStoreBackupStorageResult",
]


class AddDisasterImageStoreBackupStorageResult(ZStackModel):
    """The ``AddDisasterImageStoreBackupStorageResult`` structure."""

    inventory: ImageStoreBackupStorageInventory | None = None
