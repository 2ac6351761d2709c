"""Result models: VpcHaGroupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .vpc_ha_group_appliance_vm_ref_inventory import VpcHaGroupApplianceVmRefInventory
from .vpc_ha_group_monitor_ip_inventory import VpcHaGroupMonitorIpInventory
from .vpc_ha_group_network_service_ref_inventory import VpcHaGroupNetworkServiceRefInventory
from .vpc_ha_group_vip_ref_inventory import VpcHaGroupVipRefInventory

__all__ = [
    "VpcHaGroupInventory",
]


class VpcHaGroupInventory(ZStackModel):
    """ZStack's `VpcHaGroupInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5)"""

    description: str | None = None
    """资源的详细描述 (since 3.5)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5)"""

    monitors: list[VpcHaGroupMonitorIpInventory] | None = None
    """详情参考monitors (since 3.5)"""

    name: str | None = None
    """资源名称 (since 3.5)"""

    services: list[VpcHaGroupNetworkServiceRefInventory] | None = None
    """详情参考services (since 3.5)"""

    used_ips: list[VpcHaGroupVipRefInventory] | None = None
    """详情参考usedIps (since 3.5)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.5)"""

    vr_refs: list[VpcHaGroupApplianceVmRefInventory] | None = None
    """详情参考vrRefs (since 3.5)"""
