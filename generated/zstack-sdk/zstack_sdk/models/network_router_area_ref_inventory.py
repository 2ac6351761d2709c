"""Result models: NetworkRouterAreaRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "NetworkRouterAreaRefInventory",
]


class NetworkRouterAreaRefInventory(ZStackModel):
    """ZStack's `NetworkRouterAreaRefInventory`."""

    appliance_vm_type: str | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.4.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 3.4.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.4.0)"""

    router_area_uuid: str | None = None
    """routerAreaUuid (since 3.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.4.0)"""

    v_router_uuid: str | None = None
    """vRouterUuid (since 3.4.0)"""
