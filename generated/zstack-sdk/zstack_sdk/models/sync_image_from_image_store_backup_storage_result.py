"""Result models: SyncImageFromImageStoreBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .image_inventory import ImageInventory

__all__ = [
    "SyncImageFromImageStoreBackupStorageResult",
]


class SyncImageFromImageStoreBackupStorageResult(ZStackModel):
    """The result of SyncImageFromImageStoreBackupStorage (ZStack's `SyncImageFromImageStoreBackupStorageResult`)."""

    error: ErrorCode | None = None

    inventory: ImageInventory | None = None
