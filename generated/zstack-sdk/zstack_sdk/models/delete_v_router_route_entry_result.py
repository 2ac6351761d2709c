"""Result models: DeleteVRouterRouteEntryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .v_router_route_table_inventory import VRouterRouteTableInventory

__all__ = [
    "DeleteVRouterRouteEntryResult",
]


class DeleteVRouterRouteEntryResult(ZStackModel):
    """The result of DeleteVRouterRouteEntry (ZStack's `DeleteVRouterRouteEntryResult`)."""

    error: ErrorCode | None = None

    inventory: VRouterRouteTableInventory | None = None
