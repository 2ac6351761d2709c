"""Result models: PolicyRouteTableInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .policy_route_table_route_entry_inventory import PolicyRouteTableRouteEntryInventory

__all__ = [
    "PolicyRouteTableInventory",
]


class PolicyRouteTableInventory(ZStackModel):
    """ZStack's `PolicyRouteTableInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    routes: list[PolicyRouteTableRouteEntryInventory] | None = None
    """详情参考routes (since 3.6.0)"""

    table_number: int | None = None
    """表名 (since 3.6.0)"""

    type: str | None = None

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.6.0)"""
