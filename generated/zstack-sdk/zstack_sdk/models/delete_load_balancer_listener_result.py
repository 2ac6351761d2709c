"""Result models: DeleteLoadBalancerListenerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_inventory import LoadBalancerInventory

__all__ = [
    "DeleteLoadBalancerListenerResult",
]


class DeleteLoadBalancerListenerResult(ZStackModel):
    """The result of DeleteLoadBalancerListener (ZStack's `DeleteLoadBalancerListenerResult`)."""

    error: ErrorCode | None = None

    inventory: LoadBalancerInventory | None = None
