"""Result models: SlbVmInstanceInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .slb_vm_instance_config_task_inventory import SlbVmInstanceConfigTaskInventory
from .vm_cd_rom_inventory import VmCdRomInventory
from .vm_nic_inventory import VmNicInventory
from .volume_inventory import VolumeInventory

__all__ = [
    "SlbVmInstanceInventory",
]


class SlbVmInstanceInventory(ZStackModel):
    """ZStack's `SlbVmInstanceInventory`."""

    agent_port: int | None = None
    """agentPort (since 4.0.0)"""

    all_volumes: list[VolumeInventory] | None = None
    """详情参考allVolumes (since 4.0.0)"""

    allocator_strategy: str | None = None
    """allocatorStrategy (since 4.0.0)"""

    appliance_vm_type: str | None = None
    """保留字段，默认为null (since 4.0.0)"""

    architecture: str | None = None
    """architecture (since 5.1.0)"""

    cluster_uuid: str | None = None
    """集群UUID (since 4.0.0)"""

    config_tasks: list[SlbVmInstanceConfigTaskInventory] | None = None
    """详情参考configTasks (since 5.1.0)"""

    config_version: int | None = None
    """错误的概要描述 (since 5.1.0)"""

    cpu_num: int | None = None
    """cpuNum (since 4.0.0)"""

    cpu_speed: int | None = None
    """cpuSpeed (since 4.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    default_l3_network_uuid: str | None = None
    """defaultL3NetworkUuid (since 4.0.0)"""

    default_route_l3_network_uuid: str | None = None
    """defaultRouteL3NetworkUuid (since 4.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.0.0)"""

    guest_os_type: str | None = None
    """guestOsType (since 5.1.0)"""

    ha_status: str | None = None
    """haStatus (since 4.0.0)"""

    host_uuid: str | None = None
    """物理机UUID (since 4.0.0)"""

    hypervisor_type: str | None = None
    """hypervisorType (since 4.0.0)"""

    image_uuid: str | None = None
    """镜像UUID (since 4.0.0)"""

    instance_offering_uuid: str | None = None
    """计算规格UUID (since 4.0.0)"""

    last_host_uuid: str | None = None
    """lastHostUuid (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    management_network_uuid: str | None = None
    """根错误，引发当前错误的源错误，若无原错误，该字段为null (since 4.0.0)"""

    memory_size: int | None = None
    """memorySize (since 4.0.0)"""

    name: str | None = None
    """资源名称 (since 4.0.0)"""

    platform: str | None = None
    """platform (since 4.0.0)"""

    public_network_uuid: str | None = None
    """错误的详细信息 (since 4.0.0)"""

    reserved_memory_size: int | None = None
    """reservedMemorySize (since 5.1.0)"""

    root_volume_uuid: str | None = None
    """根云盘UUID (since 4.0.0)"""

    slb_group_uuid: str | None = None
    """错误码号，错误的全局唯一标识，例如SYS.1000, HOST.1001 (since 4.0.0)"""

    state: str | None = None
    """state (since 4.0.0)"""

    status: str | None = None
    """status (since 4.0.0)"""

    type: str | None = None
    """type (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""

    virtual_router_vips: list[Any] | None = None
    """保留字段，默认为null (since 4.0.0)"""

    vm_cd_roms: list[VmCdRomInventory] | None = None
    """详情参考vmCdRoms (since 4.0.0)"""

    vm_nics: list[VmNicInventory] | None = None
    """详情参考vmNics (since 4.0.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 4.0.0)"""
