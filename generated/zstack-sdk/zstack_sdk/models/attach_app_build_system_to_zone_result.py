"""Result models: AttachAppBuildSystemToZoneResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .app_build_system_zone_ref_inventory import AppBuildSystemZoneRefInventory
from .error_code import ErrorCode

__all__ = [
    "AttachAppBuildSystemToZoneResult",
]


class AttachAppBuildSystemToZoneResult(ZStackModel):
    """The result of AttachAppBuildSystemToZone (ZStack's `AttachAppBuildSystemToZoneResult`)."""

    error: ErrorCode | None = None

    inventory: AppBuildSystemZoneRefInventory | None = None
