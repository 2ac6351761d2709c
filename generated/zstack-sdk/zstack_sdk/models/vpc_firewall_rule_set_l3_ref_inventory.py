"""Result models: VpcFirewallRuleSetL3RefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .packets_forward_type import PacketsForwardType

__all__ = [
    "VpcFirewallRuleSetL3RefInventory",
]


class VpcFirewallRuleSetL3RefInventory(ZStackModel):
    """The ``VpcFirewallRuleSetL3RefInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    id: int | None = None
    """id (since 3.6.0)"""

    l3_network_uuid: str | None = None
    """l3NetworkUuid (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    packets_forward_type: PacketsForwardType | None = None
    """详情参考packetsForwardType (since 3.6.0)"""

    rule_set_uuid: str | None = None
    """ruleSetUuid (since 3.6.0)"""
