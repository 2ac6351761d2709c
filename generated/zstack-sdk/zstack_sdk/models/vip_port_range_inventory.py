"""Result models: VipPortRangeInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "VipPortRangeInventory",
]


class VipPortRangeInventory(ZStackModel):
    """ZStack's `VipPortRangeInventory`."""

    protocol: str | None = None

    used_ports: list[str] | None = None
    """usedPorts (since 2.2)"""

    uuid: str | None = None
    """VIP UUID (since 2.2)"""
