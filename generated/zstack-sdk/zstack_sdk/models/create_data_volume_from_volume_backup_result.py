"""Result models: CreateDataVolumeFromVolumeBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .volume_inventory import VolumeInventory

__all__ = [
    "CreateDataVolumeFromVolumeBackupResult",
]


class CreateDataVolumeFromVolumeBackupResult(ZStackModel):
    """The ``CreateDataVolumeFromVolumeBackupResult`` structure."""

    inventory: VolumeInventory | None = None
