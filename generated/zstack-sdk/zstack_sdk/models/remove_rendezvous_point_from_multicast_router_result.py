"""Result models: RemoveRendezvousPointFromMulticastRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .multicast_router_inventory import MulticastRouterInventory

__all__ = [
    "RemoveRendezvousPointFromMulticastRouterResult",
]


class RemoveRendezvousPointFromMulticastRouterResult(ZStackModel):
    """The result of RemoveRendezvousPointFromMulticastRouter (ZStack's `RemoveRendezvousPointFromMulticastRouterResult`)."""

    error: ErrorCode | None = None

    inventory: MulticastRouterInventory | None = None
