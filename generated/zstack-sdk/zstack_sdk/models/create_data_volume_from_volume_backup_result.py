"""Result models: CreateDataVolumeFromVolumeBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_inventory import VolumeInventory

__all__ = [
    "CreateDataVolumeFromVolumeBackupResult",
]


class CreateDataVolumeFromVolumeBackupResult(ZStackModel):
    """The result of CreateDataVolumeFromVolumeBackup (ZStack's `CreateDataVolumeFromVolumeBackupResult`)."""

    error: ErrorCode | None = None

    inventory: VolumeInventory | None = None
