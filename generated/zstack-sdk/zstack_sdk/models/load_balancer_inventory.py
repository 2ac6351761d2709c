"""Result models: LoadBalancerInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .load_balancer_listener_inventory import LoadBalancerListenerInventory

__all__ = [
    "LoadBalancerInventory",
]


class LoadBalancerInventory(ZStackModel):
    """ZStack's `LoadBalancerInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.1.0)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    ipv6_vip_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.0)"""

    listeners: list[LoadBalancerListenerInventory] | None = None
    """详情参考listeners (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    server_group_uuid: str | None = None

    state: str | None = None
    """state (since 0.6)"""

    type: str | None = None

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vip_uuid: str | None = None
    """VIP UUID (since 0.6)"""
