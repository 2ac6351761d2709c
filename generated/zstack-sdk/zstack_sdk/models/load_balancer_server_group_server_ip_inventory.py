"""Result models: LoadBalancerServerGroupServerIpInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "LoadBalancerServerGroupServerIpInventory",
]


class LoadBalancerServerGroupServerIpInventory(ZStackModel):
    """ZStack's `LoadBalancerServerGroupServerIpInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    id: int | None = None
    """id (since 4.0.0)"""

    ip_address: str | None = None
    """ipAddress (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    server_group_uuid: str | None = None
    """serverGroupUuid (since 4.0.0)"""

    status: str | None = None
    """status (since 4.0.0)"""

    weight: int | None = None
    """weight (since 4.0.0)"""
