"""Result models: QueryLoadBalancerServerGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .load_balancer_server_group_inventory import LoadBalancerServerGroupInventory

__all__ = [
    "QueryLoadBalancerServerGroupResult",
]


class QueryLoadBalancerServerGroupResult(ZStackModel):
    """The result of QueryLoadBalancerServerGroup (ZStack's `QueryLoadBalancerServerGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventories: list[LoadBalancerServerGroupInventory] | None = None
    """详情参考inventories (since 4.0.0)"""

    total: int | None = None
