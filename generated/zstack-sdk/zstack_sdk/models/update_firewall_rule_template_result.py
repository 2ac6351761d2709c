"""Result models: UpdateFirewallRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_firewall_rule_template_inventory import VpcFirewallRuleTemplateInventory

__all__ = [
    "UpdateFirewallRuleTemplateResult",
]


class UpdateFirewallRuleTemplateResult(ZStackModel):
    """The result of UpdateFirewallRuleTemplate (ZStack's `UpdateFirewallRuleTemplateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventory: VpcFirewallRuleTemplateInventory | None = None
    """详情参考inventory (since 4.0.0)"""
