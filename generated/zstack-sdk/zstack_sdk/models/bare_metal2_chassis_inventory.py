"""Result models: BareMetal2ChassisInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .bare_metal2_chassis_disk_inventory import BareMetal2ChassisDiskInventory
from .bare_metal2_chassis_nic_inventory import BareMetal2ChassisNicInventory
from .bare_metal2_chassis_offering_inventory import BareMetal2ChassisOfferingInventory

__all__ = [
    "BareMetal2ChassisInventory",
]


class BareMetal2ChassisInventory(ZStackModel):
    """ZStack's `BareMetal2ChassisInventory`."""

    chassis_disks: list[BareMetal2ChassisDiskInventory] | None = None
    """详情参考chassisDisks (since 4.0.0)"""

    chassis_nics: list[BareMetal2ChassisNicInventory] | None = None
    """详情参考chassisNics (since 4.0.0)"""

    chassis_offering: BareMetal2ChassisOfferingInventory | None = None
    """详情参考chassisOffering (since 4.0.0)"""

    chassis_offering_uuid: str | None = None
    """裸金属节点规格UUID (since 4.0.0)"""

    cluster_uuid: str | None = None
    """集群UUID (since 4.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    name: str | None = None
    """资源名称 (since 4.0.0)"""

    power_status: str | None = None
    """电源状态 (since 4.0.0)"""

    provision_type: str | None = None

    state: str | None = None
    """启用状态 (since 4.0.0)"""

    status: str | None = None
    """分配状态 (since 4.0.0)"""

    type: str | None = None
    """类型 (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 4.0.0)"""
