"""Result models: ObservabilityServerVmInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .all_volume import AllVolume
from .vm_cd_rom import VmCdRom
from .vm_nic import VmNic

__all__ = [
    "ObservabilityServerVmInventory",
]


class ObservabilityServerVmInventory(ZStackModel):
    """The ``ObservabilityServerVmInventory`` structure."""

    agent_port: int | None = None
    """agentPort (since 5.3.28)"""

    all_volumes: list[AllVolume] | None = None
    """详情参考allVolumes (since 5.3.28)"""

    allocator_strategy: str | None = None
    """allocatorStrategy (since 5.3.28)"""

    appliance_vm_type: str | None = None
    """applianceVmType (since 5.3.28)"""

    architecture: str | None = None
    """architecture (since 5.3.28)"""

    cluster_uuid: str | None = None
    """集群UUID (since 5.3.28)"""

    cpu_num: int | None = None
    """cpuNum (since 5.3.28)"""

    cpu_speed: int | None = None
    """cpuSpeed (since 5.3.28)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.3.28)"""

    default_l3_network_uuid: str | None = None
    """defaultL3NetworkUuid (since 5.3.28)"""

    default_route_l3_network_uuid: str | None = None
    """defaultRouteL3NetworkUuid (since 5.3.28)"""

    description: str | None = None
    """资源的详细描述 (since 5.3.28)"""

    guest_os_type: str | None = None
    """guestOsType (since 5.3.28)"""

    ha_status: str | None = None
    """haStatus (since 5.3.28)"""

    host_uuid: str | None = None
    """物理机UUID (since 5.3.28)"""

    hypervisor_type: str | None = None
    """hypervisorType (since 5.3.28)"""

    image_uuid: str | None = None
    """镜像UUID (since 5.3.28)"""

    instance_offering_uuid: str | None = None
    """计算规格UUID (since 5.3.28)"""

    last_host_uuid: str | None = None
    """lastHostUuid (since 5.3.28)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.3.28)"""

    management_network_uuid: str | None = None
    """managementNetworkUuid (since 5.3.28)"""

    memory_size: int | None = None
    """memorySize (since 5.3.28)"""

    name: str | None = None
    """资源名称 (since 5.3.28)"""

    platform: str | None = None
    """platform (since 5.3.28)"""

    public_network_uuid: str | None = None
    """publicNetworkUuid (since 5.3.28)"""

    reserved_memory_size: int | None = None
    """reservedMemorySize (since 5.3.28)"""

    root_volume_uuid: str | None = None
    """根云盘UUID (since 5.3.28)"""

    state: str | None = None
    """state (since 5.3.28)"""

    status: str | None = None
    """status (since 5.3.28)"""

    type: str | None = None
    """type (since 5.3.28)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.3.28)"""

    vm_cd_roms: list[VmCdRom] | None = None
    """详情参考vmCdRoms (since 5.3.28)"""

    vm_nics: list[VmNic] | None = None
    """详情参考vmNics (since 5.3.28)"""

    zone_uuid: str | None = None
    """区域UUID (since 5.3.28)"""
