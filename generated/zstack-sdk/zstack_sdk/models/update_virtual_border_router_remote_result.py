"""Result models: UpdateVirtualBorderRouterRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .virtual_border_router_inventory import VirtualBorderRouterInventory

__all__ = [
    "UpdateVirtualBorderRouterRemoteResult",
]


class UpdateVirtualBorderRouterRemoteResult(ZStackModel):
    """The ``UpdateVirtualBorderRouterRemoteResult`` structure."""

    inventory: VirtualBorderRouterInventory | None = None
