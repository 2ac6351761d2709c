"""Result models: AddAccessControlListToLoadBalancerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_listener_inventory import LoadBalancerListenerInventory

__all__ = [
    "AddAccessControlListToLoadBalancerResult",
]


class AddAccessControlListToLoadBalancerResult(ZStackModel):
    """The result of AddAccessControlListToLoadBalancer (ZStack's `AddAccessControlListToLoadBalancerResult`)."""

    error: ErrorCode | None = None

    inventory: LoadBalancerListenerInventory | None = None
