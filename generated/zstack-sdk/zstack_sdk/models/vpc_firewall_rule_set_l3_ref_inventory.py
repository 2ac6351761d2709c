"""Result models: VpcFirewallRuleSetL3RefInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcFirewallRuleSetL3RefInventory",
]


class VpcFirewallRuleSetL3RefInventory(ZStackModel):
    """ZStack's `VpcFirewallRuleSetL3RefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    id: int | None = None
    """防火墙规则序号 (since 3.6.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    packets_forward_type: Literal["in", "out", "local"] | str | None = None
    """详情参考packetsForwardType (since 3.6.0)"""

    rule_set_uuid: str | None = None
    """防火墙规则集UUID (since 3.6.0)"""

    vpc_firewall_uuid: str | None = None
    """防火墙UUID (since 3.6.0)"""
