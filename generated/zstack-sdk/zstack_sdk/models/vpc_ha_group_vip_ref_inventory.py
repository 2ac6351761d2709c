"""Result models: VpcHaGroupVipRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcHaGroupVipRefInventory",
]


class VpcHaGroupVipRefInventory(ZStackModel):
    """ZStack's `VpcHaGroupVipRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5)"""

    id: int | None = None
    """id (since 3.5)"""

    ip: str | None = None
    """ip (since 3.5)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 3.5)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5)"""

    netmask: str | None = None
    """netmask (since 3.5)"""

    vip_uuid: str | None = None
    """VIP UUID (since 3.5)"""

    vpc_ha_router_uuid: str | None = None
    """vpcHaRouterUuid (since 3.5)"""
