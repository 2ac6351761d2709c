"""Result models: ApplianceVmInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .vm_cd_rom_inventory import VmCdRomInventory
from .vm_nic_inventory import VmNicInventory
from .volume_inventory import VolumeInventory

__all__ = [
    "ApplianceVmInventory",
]


class ApplianceVmInventory(ZStackModel):
    """ZStack's `ApplianceVmInventory`."""

    agent_port: int | None = None
    """agentPort (since 0.6)"""

    all_volumes: list[VolumeInventory] | None = None
    """详情参考allVolumes (since 0.6)"""

    allocator_strategy: str | None = None
    """allocatorStrategy (since 0.6)"""

    appliance_vm_type: str | None = None
    """applianceVmType (since 0.6)"""

    architecture: str | None = None
    """architecture (since 5.4.2)"""

    cluster_uuid: str | None = None
    """集群UUID (since 0.6)"""

    cpu_num: int | None = None
    """cpuNum (since 0.6)"""

    cpu_speed: int | None = None
    """cpuSpeed (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    default_l3_network_uuid: str | None = None
    """defaultL3NetworkUuid (since 0.6)"""

    default_route_l3_network_uuid: str | None = None
    """defaultRouteL3NetworkUuid (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    guest_os_type: str | None = None
    """guestOsType (since 5.4.2)"""

    ha_status: str | None = None
    """haStatus (since 5.4.2)"""

    host_uuid: str | None = None
    """物理机UUID (since 0.6)"""

    hypervisor_type: str | None = None
    """hypervisorType (since 0.6)"""

    image_uuid: str | None = None
    """镜像UUID (since 0.6)"""

    instance_offering_uuid: str | None = None
    """计算规格UUID (since 0.6)"""

    last_host_uuid: str | None = None
    """lastHostUuid (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    management_network_uuid: str | None = None
    """managementNetworkUuid (since 0.6)"""

    memory_size: int | None = None
    """memorySize (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    platform: str | None = None
    """platform (since 0.6)"""

    reserved_memory_size: int | None = None
    """reservedMemorySize (since 5.4.2)"""

    root_volume_uuid: str | None = None
    """根云盘UUID (since 0.6)"""

    state: str | None = None
    """state (since 0.6)"""

    status: str | None = None
    """status (since 0.6)"""

    type: str | None = None
    """type (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vm_cd_roms: list[VmCdRomInventory] | None = None

    vm_nics: list[VmNicInventory] | None = None
    """详情参考vmNics (since 0.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
