"""Result models: AddImageStoreBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .image_store_backup_storage_inventory import ImageStoreBackupStorageInventory

__all__ = [
    "AddImageStoreBackupStorageResult",
]


class AddImageStoreBackupStorageResult(ZStackModel):
    """The result of AddImageStoreBackupStorage (ZStack's `AddImageStoreBackupStorageResult`)."""

    error: ErrorCode | None = None

    inventory: ImageStoreBackupStorageInventory | None = None
