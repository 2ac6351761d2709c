"""Result models: AddVmNicToLoadBalancerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_listener_inventory import LoadBalancerListenerInventory

__all__ = [
    "AddVmNicToLoadBalancerResult",
]


class AddVmNicToLoadBalancerResult(ZStackModel):
    """The result of AddVmNicToLoadBalancer (ZStack's `AddVmNicToLoadBalancerResult`)."""

    error: ErrorCode | None = None

    inventory: LoadBalancerListenerInventory | None = None
