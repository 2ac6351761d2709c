"""Result models: UpdateVRouterRouteTableResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .v_router_route_table_inventory import VRouterRouteTableInventory

__all__ = [
    "UpdateVRouterRouteTableResult",
]


class UpdateVRouterRouteTableResult(ZStackModel):
    """The result of UpdateVRouterRouteTable (ZStack's `UpdateVRouterRouteTableResult`)."""

    error: ErrorCode | None = None

    inventory: VRouterRouteTableInventory | None = None
