"""Result models: QueryPolicyRouteRuleSetL3RefResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .policy_route_rule_set_l3_ref_inventory import PolicyRouteRuleSetL3RefInventory

__all__ = [
    "QueryPolicyRouteRuleSetL3RefResult",
]


class QueryPolicyRouteRuleSetL3RefResult(ZStackModel):
    """The result of QueryPolicyRouteRuleSetL3Ref (ZStack's `QueryPolicyRouteRuleSetL3RefResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[PolicyRouteRuleSetL3RefInventory] | None = None
    """详情参考inventories (since 3.6.0)"""

    total: int | None = None
