"""Result models: FreeIpInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "FreeIpInventory",
]


class FreeIpInventory(ZStackModel):
    """ZStack's `FreeIpInventory`."""

    gateway: str | None = None

    ip: str | None = None

    ip_range_uuid: str | None = None

    netmask: str | None = None
