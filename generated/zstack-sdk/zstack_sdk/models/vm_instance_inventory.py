"""Result models: VmInstanceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .all_volume import AllVolume
from .used_ip_inventory import UsedIpInventory
from .vm_cd_rom_inventory import VmCdRomInventory
from .vm_nic_inventory import VmNicInventory

__all__ = [
    "VmInstanceInventory",
]


class VmInstanceInventory(ZStackModel):
    """The ``VmInstanceInventory`` structure."""

    all_volumes: list[AllVolume] | None = None
    """详情参考allVolumes (since 0.6)"""

    allocator_strategy: str | None = None
    """分配策略 (since 0.6)"""

    architecture: str | None = None
    """架构类型 (since 0.6)"""

    backup_storage_uuid: str | None = None
    """镜像包文件位于的镜像存储UUID (since 4.4.6)"""

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

    device_id: int | None = None
    """设备ID (since 4.0.0)"""

    export_url: str | None = None
    """下载地址 (since 4.4.6)"""

    format: str | None = None
    """镜像包文件格式 (since 4.4.6)"""

    gateway: str | None = None
    """网关 (since 4.0.0)"""

    group_name: str | None = None
    """所属分组 (since 4.6.0)"""

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

    ip: str | None = None
    """IP地址 (since 4.0.0)"""

    ip_version: int | None = None
    """IP地址版本 (since 4.0.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 4.0.0)"""

    last_host_uuid: str | None = None
    """上一次运行云主机的物理机UUID (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    mac: str | None = None
    """MAC地址 (since 4.0.0)"""

    md5_sum: str | None = None
    """镜像包文件MD5校验码 (since 4.4.6)"""

    memory_size: int | None = None
    """内存大小 (since 0.6)"""

    meta_data: str | None = None
    """metaData (since 4.0.0)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    netmask: str | None = None
    """子网掩码 (since 4.0.0)"""

    parent_uuid: str | None = None
    """父级目录UUID (since 4.6.0)"""

    platform: str | None = None
    """云主机运行平台 (since 0.6)"""

    reserved_memory_size: int | None = None
    """reservedMemorySize (since 5.3.28)"""

    root_directory_uuid: str | None = None
    """根目录UUID (since 4.6.0)"""

    root_volume_uuid: str | None = None
    """根云盘UUID (since 0.6)"""

    size: int | None = None
    """镜像包文件大小 (since 4.4.6)"""

    state: str | None = None
    """云主机的可用状态 (since 0.6)"""

    type: str | None = None
    """目录类型 (since 0.6)"""

    used_ips: list[UsedIpInventory] | None = None
    """详情参考usedIps (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vm_cd_roms: list[VmCdRomInventory] | None = None
    """详情参考vmCdRoms (since 0.6)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 4.0.0)"""

    vm_nics: list[VmNicInventory] | None = None
    """详情参考vmNics (since 0.6)"""

    vm_uuid: str | None = None
    """源虚拟机UUID (since 4.4.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
