"""Result models: VipUsedPortsInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "VipUsedPortsInventory",
]


class VipUsedPortsInventory(ZStackModel):
    """The ``VipUsedPortsInventory`` structure."""

    protcol: str | None = None
    """protcol (since 2.2)"""

    used_ports: list[Any] | None = None
    """usedPorts (since 2.2)"""

    uuid: str | None = None
    """VIP UUID (since 2.2)"""
