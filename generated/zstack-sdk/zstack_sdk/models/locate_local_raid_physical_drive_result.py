"""Result models: LocateLocalRaidPhysicalDriveResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .raid_physical_drive_inventory import RaidPhysicalDriveInventory

__all__ = [
    "LocateLocalRaidPhysicalDriveResult",
]


class LocateLocalRaidPhysicalDriveResult(ZStackModel):
    """The result of LocateLocalRaidPhysicalDrive (ZStack's `LocateLocalRaidPhysicalDriveResult`)."""

    error: ErrorCode | None = None

    inventory: RaidPhysicalDriveInventory | None = None
