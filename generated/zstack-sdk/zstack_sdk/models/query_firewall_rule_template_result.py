"""Result models: QueryFirewallRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .firewall_rule_template_inventory import FirewallRuleTemplateInventory

__all__ = [
    "QueryFirewallRuleTemplateResult",
]


class QueryFirewallRuleTemplateResult(ZStackModel):
    """The ``QueryFirewallRuleTemplateResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventory: list[FirewallRuleTemplateInventory] | None = None
    """详情参考inventories (since 4.0.0)"""

    total: int | None = None
    """Number of matches (count / reply_with_count)"""
