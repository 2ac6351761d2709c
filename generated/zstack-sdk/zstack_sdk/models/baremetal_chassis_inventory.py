"""Result models: BaremetalChassisInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .bare_metal2_chassis_offering_inventory import BareMetal2ChassisOfferingInventory
from .chassis_disk import ChassisDisk
from .chassis_nic import ChassisNic

__all__ = [
    "BaremetalChassisInventory",
]


class BaremetalChassisInventory(ZStackModel):
    """The ``BaremetalChassisInventory`` structure."""

    chassis_disks: list[ChassisDisk] | None = None
    """详情参考chassisDisks (since 4.0.0)"""

    chassis_nics: list[ChassisNic] | None = None
    """详情参考chassisNics (since 4.0.0)"""

    chassis_offering: BareMetal2ChassisOfferingInventory | None = None
    """详情参考chassisOffering (since 4.0.0)"""

    chassis_offering_uuid: str | None = None
    """裸金属节点规格UUID (since 4.0.0)"""

    cluster_uuid: str | None = None
    """集群UUID (since 2.6.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 2.6.0)"""

    ipmi_address: str | None = None
    """IPMI地址 (since 2.6.0)"""

    ipmi_port: int | None = None
    """IPMI端口 (since 2.6.0)"""

    ipmi_username: str | None = None
    """IPMI用户名 (since 2.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.6.0)"""

    name: str | None = None
    """资源名称 (since 2.6.0)"""

    power_status: str | None = None
    """电源状态 (since 4.0.0)"""

    pxe_server_uuid: str | None = None
    """pxeServerUuid (since 3.1.1)"""

    state: str | None = None
    """启用状态 (since 2.6.0)"""

    status: str | None = None
    """分配状态 (since 2.6.0)"""

    type: str | None = None
    """类型 (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.6.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 2.6.0)"""
