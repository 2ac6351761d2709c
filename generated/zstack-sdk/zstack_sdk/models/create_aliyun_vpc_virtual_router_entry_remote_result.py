"""Result models: CreateAliyunVpcVirtualRouterEntryRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .vpc_virtual_route_entry_inventory import VpcVirtualRouteEntryInventory

__all__ = [
    "CreateAliyunVpcVirtualRouterEntryRemoteResult",
]


class CreateAliyunVpcVirtualRouterEntryRemoteResult(ZStackModel):
    """The ``CreateAliyunVpcVirtualRouterEntryRemoteResult`` structure."""

    inventory: VpcVirtualRouteEntryInventory | None = None
