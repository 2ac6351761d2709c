"""Result models: ChangeLoadBalancerBackendServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_server_group_inventory import LoadBalancerServerGroupInventory

__all__ = [
    "ChangeLoadBalancerBackendServerResult",
]


class ChangeLoadBalancerBackendServerResult(ZStackModel):
    """The result of ChangeLoadBalancerBackendServer (ZStack's `ChangeLoadBalancerBackendServerResult`)."""

    error: ErrorCode | None = None

    inventory: LoadBalancerServerGroupInventory | None = None
