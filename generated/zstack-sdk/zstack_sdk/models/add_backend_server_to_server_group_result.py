"""Result models: AddBackendServerToServerGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_server_group_inventory import LoadBalancerServerGroupInventory

__all__ = [
    "AddBackendServerToServerGroupResult",
]


class AddBackendServerToServerGroupResult(ZStackModel):
    """The result of AddBackendServerToServerGroup (ZStack's `AddBackendServerToServerGroupResult`)."""

    error: ErrorCode | None = None

    inventory: LoadBalancerServerGroupInventory | None = None
