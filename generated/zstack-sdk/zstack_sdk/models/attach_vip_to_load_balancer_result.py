"""Result models: AttachVipToLoadBalancerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_inventory import LoadBalancerInventory

__all__ = [
    "AttachVipToLoadBalancerResult",
]


class AttachVipToLoadBalancerResult(ZStackModel):
    """The result of AttachVipToLoadBalancer (ZStack's `AttachVipToLoadBalancerResult`)."""

    error: ErrorCode | None = None

    inventory: LoadBalancerInventory | None = None
