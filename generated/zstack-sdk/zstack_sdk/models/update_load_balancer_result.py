"""Result models: UpdateLoadBalancerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_inventory import LoadBalancerInventory

__all__ = [
    "UpdateLoadBalancerResult",
]


class UpdateLoadBalancerResult(ZStackModel):
    """The result of UpdateLoadBalancer (ZStack's `UpdateLoadBalancerResult`)."""

    error: ErrorCode | None = None

    inventory: LoadBalancerInventory | None = None
