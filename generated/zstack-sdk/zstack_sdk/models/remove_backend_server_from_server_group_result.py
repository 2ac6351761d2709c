"""Result models: RemoveBackendServerFromServerGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_server_group_inventory import LoadBalancerServerGroupInventory

__all__ = [
    "RemoveBackendServerFromServerGroupResult",
]


class RemoveBackendServerFromServerGroupResult(ZStackModel):
    """The result of RemoveBackendServerFromServerGroup (ZStack's `RemoveBackendServerFromServerGroupResult`)."""

    error: ErrorCode | None = None

    inventory: LoadBalancerServerGroupInventory | None = None
