"""Result models: AttachAppBuildSystemToZoneResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .app_build_system_zone_ref_inventory import AppBuildSystemZoneRefInventory

__all__ = [
    "AttachAppBuildSystemToZoneResult",
]


class AttachAppBuildSystemToZoneResult(ZStackModel):
    """The ``AttachAppBuildSystemToZoneResult`` structure."""

    inventory: AppBuildSystemZoneRefInventory | None = None
