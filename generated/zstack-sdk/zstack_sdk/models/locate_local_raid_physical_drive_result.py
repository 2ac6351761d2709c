"""Result models: LocateLocalRaidPhysicalDriveResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .raid_physical_drive_inventory import RaidPhysicalDriveInventory

__all__ = [
    "LocateLocalRaidPhysicalDriveResult",
]


class LocateLocalRaidPhysicalDriveResult(ZStackModel):
    """The ``LocateLocalRaidPhysicalDriveResult`` structure."""

    inventory: RaidPhysicalDriveInventory | None = None
