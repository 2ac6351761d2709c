"""Result models: VpcFirewallRuleSetInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel
from .vpc_firewall_rule_inventory import VpcFirewallRuleInventory

__all__ = [
    "VpcFirewallRuleSetInventory",
]


class VpcFirewallRuleSetInventory(ZStackModel):
    """ZStack's `VpcFirewallRuleSetInventory`."""

    action_type: Literal["drop", "reject", "accept"] | str | None = None
    """详情参考actionType (since 3.6.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.6.0)"""

    is_applied: bool | None = None
    """isApplied (since 3.6.0)"""

    is_default: bool | None = None
    """isDefault (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    name: str | None = None
    """资源名称 (since 3.6.0)"""

    rules: list[VpcFirewallRuleInventory] | None = None
    """详情参考rules (since 3.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.6.0)"""
