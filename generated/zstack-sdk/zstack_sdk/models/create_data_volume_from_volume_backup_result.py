"""Result models: CreateDataVolumeFromVolumeBackupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .volume_inventory import VolumeInventory

__all__ = [
    "CreateDataVolumeFromVolumeBackupResult",
]


class CreateDataVolumeFromVolumeBackupResult(ZStackModel):
    """The ``CreateDataVolumeFromVolumeBackupResult`` structure."""

    inventory: VolumeInventory | None = None
