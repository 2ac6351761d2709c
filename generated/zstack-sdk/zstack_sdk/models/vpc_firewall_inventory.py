"""Result models: VpcFirewallInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .vpc_firewall_rule_set_l3_ref_inventory import VpcFirewallRuleSetL3RefInventory

__all__ = [
    "VpcFirewallInventory",
]


class VpcFirewallInventory(ZStackModel):
    """ZStack's `VpcFirewallInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    name: str | None = None
    """资源名称 (since 3.6.0)"""

    refs: list[VpcFirewallRuleSetL3RefInventory] | None = None
    """详情参考refs (since 3.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.6.0)"""
