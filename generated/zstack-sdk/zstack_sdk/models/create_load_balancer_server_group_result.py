"""Result models: CreateLoadBalancerServerGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_server_group_inventory import LoadBalancerServerGroupInventory

__all__ = [
    "CreateLoadBalancerServerGroupResult",
]


class CreateLoadBalancerServerGroupResult(ZStackModel):
    """The result of CreateLoadBalancerServerGroup (ZStack's `CreateLoadBalancerServerGroupResult`)."""

    error: ErrorCode | None = None

    inventory: LoadBalancerServerGroupInventory | None = None
