"""Result models: RecoveryImageFromImageStoreBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .image_inventory import ImageInventory

__all__ = [
    "RecoveryImageFromImageStoreBackupStorageResult",
]


class RecoveryImageFromImageStoreBackupStorageResult(ZStackModel):
    """The ``RecoveryImageFromImageStoreBackupStorageResult`` structure."""

    inventory: ImageInventory | None = None
