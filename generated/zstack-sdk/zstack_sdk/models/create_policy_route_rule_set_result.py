"""Result models: CreatePolicyRouteRuleSetResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .policy_route_rule_set_inventory import PolicyRouteRuleSetInventory

__all__ = [
    "CreatePolicyRouteRuleSetResult",
]


class CreatePolicyRouteRuleSetResult(ZStackModel):
    """The result of CreatePolicyRouteRuleSet (ZStack's `CreatePolicyRouteRuleSetResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventory: PolicyRouteRuleSetInventory | None = None
    """详情参考inventory (since 3.6.0)"""
