"""Result models: VirtualRouterVRouterRouteTableRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "VirtualRouterVRouterRouteTableRefInventory",
]


class VirtualRouterVRouterRouteTableRefInventory(ZStackModel):
    """ZStack's `VirtualRouterVRouterRouteTableRefInventory`."""

    route_table_uuid: str | None = None
    """routeTableUuid (since 2.1)"""

    virtual_router_vm_uuid: str | None = None
    """virtualRouterVmUuid (since 2.1)"""
