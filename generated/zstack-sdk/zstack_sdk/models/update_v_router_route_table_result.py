"""Result models: UpdateVRouterRouteTableResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .v_router_route_table_inventory import VRouterRouteTableInventory

__all__ = [
    "UpdateVRouterRouteTableResult",
]


class UpdateVRouterRouteTableResult(ZStackModel):
    """The ``UpdateVRouterRouteTableResult`` structure."""

    inventory: VRouterRouteTableInventory | None = None
