"""Result models: AttachFirewallRuleSetToL3Result (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_firewall_rule_set_l3_ref_inventory import VpcFirewallRuleSetL3RefInventory

__all__ = [
    "AttachFirewallRuleSetToL3Result",
]


class AttachFirewallRuleSetToL3Result(ZStackModel):
    """The result of AttachFirewallRuleSetToL3 (ZStack's `AttachFirewallRuleSetToL3Result`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventory: VpcFirewallRuleSetL3RefInventory | None = None
    """详情参考inventory (since 3.6.0)"""
