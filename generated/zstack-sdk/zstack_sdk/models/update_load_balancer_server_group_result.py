"""Result models: UpdateLoadBalancerServerGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_server_group_inventory import LoadBalancerServerGroupInventory

__all__ = [
    "UpdateLoadBalancerServerGroupResult",
]


class UpdateLoadBalancerServerGroupResult(ZStackModel):
    """The result of UpdateLoadBalancerServerGroup (ZStack's `UpdateLoadBalancerServerGroupResult`)."""

    error: ErrorCode | None = None

    inventory: LoadBalancerServerGroupInventory | None = None
