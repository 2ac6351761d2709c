"""Result models: SlbVmInstanceInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .all_volume import AllVolume
from .slb_vm_config_task import SlbVmConfigTask
from .slb_vm_instance_config_task_status import SlbVmInstanceConfigTaskStatus
from .vm_cd_rom_inventory import VmCdRomInventory
from .vm_nic_inventory import VmNicInventory

__all__ = [
    "SlbVmInstanceInventory",
]


class SlbVmInstanceInventory(ZStackModel):
    """The ``SlbVmInstanceInventory`` structure."""

    agent_port: int | None = None
    """agentPort (since 5.1.0)"""

    all_volumes: list[AllVolume] | None = None
    """详情参考allVolumes (since 5.1.0)"""

    allocator_strategy: str | None = None
    """allocatorStrategy (since 5.1.0)"""

    appliance_vm_type: str | None = None
    """applianceVmType (since 5.1.0)"""

    architecture: str | None = None
    """architecture (since 5.1.0)"""

    cluster_uuid: str | None = None
    """集群UUID (since 5.1.0)"""

    config_tasks: list[SlbVmConfigTask] | None = None
    """详情参考configTasks (since 5.1.0)"""

    config_version: int | None = None
    """configVersion (since 5.1.0)"""

    cpu_num: int | None = None
    """cpuNum (since 5.1.0)"""

    cpu_speed: int | None = None
    """cpuSpeed (since 5.1.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.1.0)"""

    default_l3_network_uuid: str | None = None
    """defaultL3NetworkUuid (since 5.1.0)"""

    default_route_l3_network_uuid: str | None = None
    """defaultRouteL3NetworkUuid (since 5.1.0)"""

    description: str | None = None
    """资源的详细描述 (since 5.1.0)"""

    guest_os_type: str | None = None
    """guestOsType (since 5.1.0)"""

    ha_status: str | None = None
    """haStatus (since 5.1.0)"""

    host_uuid: str | None = None
    """物理机UUID (since 5.1.0)"""

    hypervisor_type: str | None = None
    """hypervisorType (since 5.1.0)"""

    image_uuid: str | None = None
    """镜像UUID (since 5.1.0)"""

    instance_offering_uuid: str | None = None
    """计算规格UUID (since 5.1.0)"""

    last_host_uuid: str | None = None
    """lastHostUuid (since 5.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.1.0)"""

    management_network_uuid: str | None = None
    """managementNetworkUuid (since 5.1.0)"""

    memory_size: int | None = None
    """memorySize (since 5.1.0)"""

    name: str | None = None
    """资源名称 (since 5.1.0)"""

    platform: str | None = None
    """platform (since 5.1.0)"""

    public_network_uuid: str | None = None
    """publicNetworkUuid (since 5.1.0)"""

    reserved_memory_size: int | None = None
    """reservedMemorySize (since 5.1.0)"""

    root_volume_uuid: str | None = None
    """根云盘UUID (since 5.1.0)"""

    slb_group_uuid: str | None = None
    """slbGroupUuid (since 5.1.0)"""

    state: str | None = None
    """state (since 5.1.0)"""

    status: SlbVmInstanceConfigTaskStatus | None = None
    """status (since 5.1.0)"""

    type: str | None = None
    """type (since 5.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.1.0)"""

    virtual_router_vips: list[Any] | None = None
    """virtualRouterVips (since 5.1.0)"""

    vm_cd_roms: list[VmCdRomInventory] | None = None
    """详情参考vmCdRoms (since 5.1.0)"""

    vm_nics: list[VmNicInventory] | None = None
    """详情参考vmNics (since 5.1.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 5.1.0)"""
