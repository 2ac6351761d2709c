"""Result models: SlbGroupMonitorIpInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SlbGroupMonitorIpInventory",
]


class SlbGroupMonitorIpInventory(ZStackModel):
    """ZStack's `SlbGroupMonitorIpInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.1.0)"""

    id: int | None = None
    """id (since 5.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.1.0)"""

    monitor_ip: str | None = None
    """monitorIp (since 5.1.0)"""

    slb_group_uuid: str | None = None
    """slbGroupUuid (since 5.1.0)"""
