"""Result models: VmInstanceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .vm_cd_rom_inventory import VmCdRomInventory
from .vm_nic_inventory import VmNicInventory
from .volume_inventory import VolumeInventory

__all__ = [
    "VmInstanceInventory",
]


class VmInstanceInventory(ZStackModel):
    """ZStack's `VmInstanceInventory`."""

    all_volumes: list[VolumeInventory] | None = None
    """详情参考allVolumes (since 0.6)"""

    allocator_strategy: str | None = None
    """分配策略 (since 0.6)"""

    architecture: str | None = None
    """架构类型 (since 0.6)"""

    cluster_uuid: str | None = None
    """集群UUID (since 0.6)"""

    cpu_num: int | None = None
    """cpu数量 (since 0.6)"""

    cpu_speed: int | None = None
    """cpu主频 (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    default_l3_network_uuid: str | None = None
    """默认三层网络UUID (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    guest_os_type: str | None = None
    """操作系统类型 (since 2.3)"""

    host_uuid: str | None = None
    """物理机UUID (since 0.6)"""

    hypervisor_type: str | None = None
    """云主机的hypervisor类型 (since 0.6)"""

    image_uuid: str | None = None
    """镜像UUID (since 0.6)"""

    instance_offering_uuid: str | None = None
    """计算规格UUID (since 0.6)"""

    last_host_uuid: str | None = None
    """上一次运行云主机的物理机UUID (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    memory_size: int | None = None
    """内存大小 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    platform: str | None = None
    """云主机运行平台 (since 0.6)"""

    reserved_memory_size: int | None = None
    """reservedMemorySize (since 5.3.28)"""

    root_volume_uuid: str | None = None
    """根云盘UUID (since 0.6)"""

    state: str | None = None
    """云主机的可用状态 (since 0.6)"""

    type: str | None = None
    """云主机类型 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vm_cd_roms: list[VmCdRomInventory] | None = None
    """详情参考vmCdRoms (since 0.6)"""

    vm_nics: list[VmNicInventory] | None = None
    """详情参考vmNics (since 0.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
