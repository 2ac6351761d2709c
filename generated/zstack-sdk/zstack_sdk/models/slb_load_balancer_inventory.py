"""Result models: SlbLoadBalancerInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .load_balancer_listener_inventory import LoadBalancerListenerInventory

__all__ = [
    "SlbLoadBalancerInventory",
]


class SlbLoadBalancerInventory(ZStackModel):
    """ZStack's `SlbLoadBalancerInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.0.0)"""

    ipv6_vip_uuid: str | None = None
    """ipv6VipUuid (since 5.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    listeners: list[LoadBalancerListenerInventory] | None = None
    """详情参考listeners (since 4.0.0)"""

    name: str | None = None
    """资源名称 (since 4.0.0)"""

    server_group_uuid: str | None = None
    """serverGroupUuid (since 5.1.0)"""

    slb_group_uuid: str | None = None
    """slbGroupUuid (since 4.0.0)"""

    state: str | None = None
    """state (since 4.0.0)"""

    type: str | None = None
    """type (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""

    vip_uuid: str | None = None
    """VIP UUID (since 4.0.0)"""
