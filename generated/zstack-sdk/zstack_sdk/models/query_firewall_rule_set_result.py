"""Result models: QueryFirewallRuleSetResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_firewall_rule_set_inventory import VpcFirewallRuleSetInventory

__all__ = [
    "QueryFirewallRuleSetResult",
]


class QueryFirewallRuleSetResult(ZStackModel):
    """The result of QueryFirewallRuleSet (ZStack's `QueryFirewallRuleSetResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[VpcFirewallRuleSetInventory] | None = None
    """详情参考inventories (since 3.6.0)"""

    total: int | None = None
