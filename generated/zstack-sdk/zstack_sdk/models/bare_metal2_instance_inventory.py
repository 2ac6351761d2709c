"""Result models: BareMetal2InstanceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .bare_metal2_instance_provision_nic_inventory import BareMetal2InstanceProvisionNicInventory
from .vm_cd_rom_inventory import VmCdRomInventory
from .vm_nic_inventory import VmNicInventory
from .volume_inventory import VolumeInventory

__all__ = [
    "BareMetal2InstanceInventory",
]


class BareMetal2InstanceInventory(ZStackModel):
    """ZStack's `BareMetal2InstanceInventory`."""

    agent_version: str | None = None
    """agentVersion (since 4.7.13)"""

    all_volumes: list[VolumeInventory] | None = None
    """详情参考allVolumes (since 4.0.0)"""

    allocator_strategy: str | None = None
    """allocatorStrategy (since 4.7.13)"""

    architecture: str | None = None
    """architecture (since 4.7.13)"""

    chassis_offering_uuid: str | None = None
    """裸金属节点规格UUID (since 4.0.0)"""

    chassis_uuid: str | None = None
    """裸金属节点UUID (since 4.0.0)"""

    cluster_uuid: str | None = None
    """集群UUID (since 4.0.0)"""

    cpu_num: int | None = None
    """CPU核数 (since 4.0.0)"""

    cpu_speed: int | None = None
    """CPU速率 (since 4.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    default_l3_network_uuid: str | None = None
    """默认网络UUID (since 4.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.0.0)"""

    gateway_allocator_strategy: str | None = None
    """裸金属网关节点分配策略 (since 4.0.0)"""

    gateway_uuid: str | None = None
    """裸金属网关节点UUID (since 4.0.0)"""

    guest_os_type: str | None = None
    """guestOsType (since 4.7.13)"""

    host_uuid: str | None = None
    """物理机UUID (since 4.7.13)"""

    hypervisor_type: str | None = None
    """虚拟化类型 (since 4.0.0)"""

    image_uuid: str | None = None
    """镜像UUID (since 4.0.0)"""

    instance_offering_uuid: str | None = None
    """计算规格UUID (since 4.7.13)"""

    is_latest_agent: bool | None = None
    """isLatestAgent (since 4.7.13)"""

    last_chassis_uuid: str | None = None
    """上次所在裸金属节点UUID (since 4.0.0)"""

    last_gateway_uuid: str | None = None
    """上次所在裸金属网关节点UUID (since 4.0.0)"""

    last_host_uuid: str | None = None
    """lastHostUuid (since 4.7.13)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    memory_size: int | None = None
    """内存容量 (since 4.0.0)"""

    name: str | None = None
    """资源名称 (since 4.0.0)"""

    platform: str | None = None
    """平台类型 (since 4.0.0)"""

    provision_nic: BareMetal2InstanceProvisionNicInventory | None = None
    """详情参考provisionNic (since 4.0.0)"""

    provision_type: str | None = None
    """provisionType (since 4.7.13)"""

    reserved_memory_size: int | None = None

    root_volume_uuid: str | None = None
    """根云盘UUID (since 4.0.0)"""

    state: str | None = None
    """运行状态 (since 4.0.0)"""

    status: str | None = None
    """连接状态 (since 4.0.0)"""

    type: str | None = None
    """类型 (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""

    vm_cd_roms: list[VmCdRomInventory] | None = None
    """详情参考vmCdRoms (since 4.7.13)"""

    vm_nics: list[VmNicInventory] | None = None
    """详情参考vmNics (since 4.0.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 4.0.0)"""
