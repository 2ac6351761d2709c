"""Result models: VpcHaGroupMonitorIpInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcHaGroupMonitorIpInventory",
]


class VpcHaGroupMonitorIpInventory(ZStackModel):
    """ZStack's `VpcHaGroupMonitorIpInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5)"""

    id: int | None = None
    """id (since 3.5)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5)"""

    monitor_ip: str | None = None
    """monitorIp (since 3.5)"""

    vpc_ha_router_uuid: str | None = None
    """vpcHaRouterUuid (since 3.5)"""
