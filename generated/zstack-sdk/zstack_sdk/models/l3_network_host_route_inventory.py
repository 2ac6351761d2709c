"""Result models: L3NetworkHostRouteInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "L3NetworkHostRouteInventory",
]


class L3NetworkHostRouteInventory(ZStackModel):
    """ZStack's `L3NetworkHostRouteInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3)"""

    id: int | None = None
    """id (since 2.3)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 2.3)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3)"""

    nexthop: str | None = None
    """nexthop (since 2.3)"""

    prefix: str | None = None
    """prefix (since 2.3)"""
