"""Result models: CreateAliyunVpcVirtualRouterEntryRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_virtual_route_entry_inventory import VpcVirtualRouteEntryInventory

__all__ = [
    "CreateAliyunVpcVirtualRouterEntryRemoteResult",
]


class CreateAliyunVpcVirtualRouterEntryRemoteResult(ZStackModel):
    """The result of CreateAliyunVpcVirtualRouterEntryRemote (ZStack's `CreateAliyunVpcVirtualRouterEntryRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: VpcVirtualRouteEntryInventory | None = None
