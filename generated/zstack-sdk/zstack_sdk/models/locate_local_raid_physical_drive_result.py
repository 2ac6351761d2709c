"""Result models: LocateLocalRaidPhysicalDriveResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode
from .raid_physical_drive_inventory import RaidPhysicalDriveInventory

__all__ = [
    "LocateLocalRaidPhysicalDriveResult",
]


class LocateLocalRaidPhysicalDriveResult(ZStackModel):
    """The result of LocateLocalRaidPhysicalDrive (ZStack's `LocateLocalRaidPhysicalDriveResult`)."""

    error: ErrorCode | None = None

    inventory: RaidPhysicalDriveInventory | None = None
