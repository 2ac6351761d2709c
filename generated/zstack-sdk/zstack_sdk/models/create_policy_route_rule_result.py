"""Result models: CreatePolicyRouteRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .policy_route_rule_inventory import PolicyRouteRuleInventory

__all__ = [
    "CreatePolicyRouteRuleResult",
]


class CreatePolicyRouteRuleResult(ZStackModel):
    """The result of CreatePolicyRouteRule (ZStack's `CreatePolicyRouteRuleResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventory: PolicyRouteRuleInventory | None = None
    """详情参考inventory (since 3.6.0)"""
