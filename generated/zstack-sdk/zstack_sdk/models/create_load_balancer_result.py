"""Result models: CreateLoadBalancerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_inventory import LoadBalancerInventory

__all__ = [
    "CreateLoadBalancerResult",
]


class CreateLoadBalancerResult(ZStackModel):
    """The result of CreateLoadBalancer (ZStack's `CreateLoadBalancerResult`)."""

    error: ErrorCode | None = None

    inventory: LoadBalancerInventory | None = None
