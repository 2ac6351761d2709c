"""Result models: QueryPolicyRouteRuleSetVRouterRefResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .policy_route_rule_set_v_router_ref_inventory import PolicyRouteRuleSetVRouterRefInventory

__all__ = [
    "QueryPolicyRouteRuleSetVRouterRefResult",
]


class QueryPolicyRouteRuleSetVRouterRefResult(ZStackModel):
    """The result of QueryPolicyRouteRuleSetVRouterRef (ZStack's `QueryPolicyRouteRuleSetVRouterRefResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[PolicyRouteRuleSetVRouterRefInventory] | None = None
    """详情参考inventories (since 3.6.0)"""

    total: int | None = None
