"""Result models: VpcFirewallVRouterRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcFirewallVRouterRefInventory",
]


class VpcFirewallVRouterRefInventory(ZStackModel):
    """ZStack's `VpcFirewallVRouterRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    id: int | None = None
    """id (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    v_router_uuid: str | None = None
    """vRouterUuid (since 3.6.0)"""

    vpc_firewall_uuid: str | None = None
    """vpcFirewallUuid (since 3.6.0)"""
