"""Result models: PolicyRouteTableRouteEntryInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PolicyRouteTableRouteEntryInventory",
]


class PolicyRouteTableRouteEntryInventory(ZStackModel):
    """ZStack's `PolicyRouteTableRouteEntryInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    destination_cidr: str | None = None
    """目标cidr (since 3.6.0)"""

    distance: int | None = None
    """优先级 (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    next_hop_ip: str | None = None
    """下一跳ip (since 3.6.0)"""

    table_uuid: str | None = None
    """策略路由表uuid (since 3.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.6.0)"""
