"""Result models: RecoveryImageFromImageStoreBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .image_inventory import ImageInventory

__all__ = [
    "RecoveryImageFromImageStoreBackupStorageResult",
]


class RecoveryImageFromImageStoreBackupStorageResult(ZStackModel):
    """The ``RecoveryImageFromImageStoreBackupStorageResult`` structure."""

    inventory: ImageInventory | None = None
