"""Result models: AppBuildSystemZoneRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AppBuildSystemZoneRefInventory",
]


class AppBuildSystemZoneRefInventory(ZStackModel):
    """ZStack's `AppBuildSystemZoneRefInventory`."""

    build_system_uuid: str | None = None

    create_date: ZStackDateTime | None = None

    id: int | None = None

    last_op_date: ZStackDateTime | None = None

    zone_uuid: str | None = None
