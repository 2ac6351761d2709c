"""Result models: VpcHaGroupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .used_ip_inventory import UsedIpInventory
from .vpc_ha_group_inventory_monitor import VpcHaGroupInventoryMonitor
from .vpc_ha_group_inventory_service import VpcHaGroupInventoryService
from .vr_ref import VrRef

__all__ = [
    "VpcHaGroupInventory",
]


class VpcHaGroupInventory(ZStackModel):
    """The ``VpcHaGroupInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5)"""

    description: str | None = None
    """资源的详细描述 (since 3.5)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5)"""

    monitors: list[VpcHaGroupInventoryMonitor] | None = None
    """详情参考monitors (since 3.5)"""

    name: str | None = None
    """资源名称 (since 3.5)"""

    services: list[VpcHaGroupInventoryService] | None = None
    """详情参考services (since 3.5)"""

    used_ips: list[UsedIpInventory] | None = None
    """详情参考usedIps (since 3.5)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.5)"""

    vr_refs: list[VrRef] | None = None
    """详情参考vrRefs (since 3.5)"""
