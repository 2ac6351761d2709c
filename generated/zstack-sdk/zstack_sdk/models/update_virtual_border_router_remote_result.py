"""Result models: UpdateVirtualBorderRouterRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .virtual_border_router_inventory import VirtualBorderRouterInventory

__all__ = [
    "UpdateVirtualBorderRouterRemoteResult",
]


class UpdateVirtualBorderRouterRemoteResult(ZStackModel):
    """The result of UpdateVirtualBorderRouterRemote (ZStack's `UpdateVirtualBorderRouterRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: VirtualBorderRouterInventory | None = None
