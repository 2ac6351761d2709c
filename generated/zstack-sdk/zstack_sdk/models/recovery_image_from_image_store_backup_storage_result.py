"""Result models: RecoveryImageFromImageStoreBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .image_inventory import ImageInventory

__all__ = [
    "RecoveryImageFromImageStoreBackupStorageResult",
]


class RecoveryImageFromImageStoreBackupStorageResult(ZStackModel):
    """The result of RecoveryImageFromImageStoreBackupStorage (ZStack's `RecoveryImageFromImageStoreBackupStorageResult`)."""

    error: ErrorCode | None = None

    inventory: ImageInventory | None = None
