"""Result models: GetZoneResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .zone_inventory import ZoneInventory

__all__ = [
    "GetZoneResult",
]


class GetZoneResult(ZStackModel):
    """The result of GetZone (ZStack's `GetZoneResult`)."""

    error: ErrorCode | None = None

    inventories: list[ZoneInventory] | None = None
