"""Result models: GetPolicyRouteRuleSetFromVirtualRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .policy_route_rule_set_inventory import PolicyRouteRuleSetInventory

__all__ = [
    "GetPolicyRouteRuleSetFromVirtualRouterResult",
]


class GetPolicyRouteRuleSetFromVirtualRouterResult(ZStackModel):
    """The result of GetPolicyRouteRuleSetFromVirtualRouter (ZStack's `GetPolicyRouteRuleSetFromVirtualRouterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.9.0)"""

    inventories: list[PolicyRouteRuleSetInventory] | None = None
    """详情参考inventories (since 3.9.0)"""
