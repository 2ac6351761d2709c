"""Result models: MulticastRouterRendezvousPointInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "MulticastRouterRendezvousPointInventory",
]


class MulticastRouterRendezvousPointInventory(ZStackModel):
    """ZStack's `MulticastRouterRendezvousPointInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    group_address: str | None = None
    """groupAddress (since 3.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.0)"""

    multicast_router_uuid: str | None = None
    """multicastRouterUuid (since 3.7.0)"""

    rp_address: str | None = None
    """rpAddress (since 3.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.7.0)"""
