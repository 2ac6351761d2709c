"""Result models: AttachVipToLoadBalancerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .load_balancer_inventory import LoadBalancerInventory

__all__ = [
    "AttachVipToLoadBalancerResult",
]


class AttachVipToLoadBalancerResult(ZStackModel):
    """The ``AttachVipToLoadBalancerResult`` structure."""

    inventory: LoadBalancerInventory | None = None
