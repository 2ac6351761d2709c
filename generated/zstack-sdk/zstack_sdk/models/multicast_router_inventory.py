"""Result models: MulticastRouterInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .multicast_router_rendezvous_point_inventory import MulticastRouterRendezvousPointInventory
from .multicast_router_vpc_v_router_ref_inventory import MulticastRouterVpcVRouterRefInventory

__all__ = [
    "MulticastRouterInventory",
]


class MulticastRouterInventory(ZStackModel):
    """ZStack's `MulticastRouterInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.0)"""

    rp_groups: list[MulticastRouterRendezvousPointInventory] | None = None
    """详情参考rpGroups (since 3.7.0)"""

    state: str | None = None
    """state (since 3.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.7.0)"""

    vpc_vrs: list[MulticastRouterVpcVRouterRefInventory] | None = None
    """详情参考vpcVrs (since 3.7.0)"""
