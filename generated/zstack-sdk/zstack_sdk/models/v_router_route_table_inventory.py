"""Result models: VRouterRouteTableInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .v_router_route_entry_inventory import VRouterRouteEntryInventory
from .virtual_router_v_router_route_table_ref_inventory import (
    VirtualRouterVRouterRouteTableRefInventory,
)

__all__ = [
    "VRouterRouteTableInventory",
]


class VRouterRouteTableInventory(ZStackModel):
    """ZStack's `VRouterRouteTableInventory`."""

    attached_router_refs: list[VirtualRouterVRouterRouteTableRefInventory] | None = None
    """详情参考attachedRouterRefs (since 2.1)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.1)"""

    description: str | None = None
    """资源的详细描述 (since 2.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.1)"""

    name: str | None = None
    """资源名称 (since 2.1)"""

    route_entries: list[VRouterRouteEntryInventory] | None = None
    """详情参考routeEntries (since 2.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.1)"""
