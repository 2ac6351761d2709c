"""Result models: VirtualRouterVmInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .vm_cd_rom_inventory import VmCdRomInventory
from .vm_nic_inventory import VmNicInventory
from .volume_inventory import VolumeInventory

__all__ = [
    "VirtualRouterVmInventory",
]


class VirtualRouterVmInventory(ZStackModel):
    """ZStack's `VirtualRouterVmInventory`."""

    agent_port: int | None = None
    """agentPort (since 3.9.0)"""

    all_volumes: list[VolumeInventory] | None = None
    """详情参考allVolumes (since 3.9.0)"""

    allocator_strategy: str | None = None
    """allocatorStrategy (since 3.9.0)"""

    appliance_vm_type: str | None = None
    """applianceVmType (since 3.9.0)"""

    architecture: str | None = None

    cluster_uuid: str | None = None
    """集群UUID (since 3.9.0)"""

    cpu_num: int | None = None
    """cpuNum (since 3.9.0)"""

    cpu_speed: int | None = None
    """cpuSpeed (since 3.9.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.9.0)"""

    default_l3_network_uuid: str | None = None
    """defaultL3NetworkUuid (since 3.9.0)"""

    default_route_l3_network_uuid: str | None = None
    """defaultRouteL3NetworkUuid (since 3.9.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.9.0)"""

    guest_os_type: str | None = None

    ha_status: str | None = None
    """haStatus (since 3.9.0)"""

    host_uuid: str | None = None
    """物理机UUID (since 3.9.0)"""

    hypervisor_type: str | None = None
    """hypervisorType (since 3.9.0)"""

    image_uuid: str | None = None
    """镜像UUID (since 3.9.0)"""

    instance_offering_uuid: str | None = None
    """计算规格UUID (since 3.9.0)"""

    last_host_uuid: str | None = None
    """lastHostUuid (since 3.9.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.9.0)"""

    management_network_uuid: str | None = None
    """managementNetworkUuid (since 3.9.0)"""

    memory_size: int | None = None
    """memorySize (since 3.9.0)"""

    name: str | None = None
    """资源名称 (since 3.9.0)"""

    platform: str | None = None
    """platform (since 3.9.0)"""

    public_network_uuid: str | None = None
    """publicNetworkUuid (since 3.9.0)"""

    reserved_memory_size: int | None = None

    root_volume_uuid: str | None = None
    """根云盘UUID (since 3.9.0)"""

    state: str | None = None
    """state (since 3.9.0)"""

    status: str | None = None
    """status (since 3.9.0)"""

    type: str | None = None
    """type (since 3.9.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.9.0)"""

    virtual_router_vips: list[str] | None = None
    """virtualRouterVips (since 3.9.0)"""

    vm_cd_roms: list[VmCdRomInventory] | None = None
    """详情参考vmCdRoms (since 3.9.0)"""

    vm_nics: list[VmNicInventory] | None = None
    """详情参考vmNics (since 3.9.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 3.9.0)"""
