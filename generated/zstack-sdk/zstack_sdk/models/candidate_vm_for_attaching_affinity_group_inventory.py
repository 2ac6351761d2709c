"""Result models: CandidateVMForAttachingAffinityGroupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .all_volume import AllVolume
from .vm_nic_inventory import VmNicInventory

__all__ = [
    "CandidateVMForAttachingAffinityGroupInventory",
]


class CandidateVMForAttachingAffinityGroupInventory(ZStackModel):
    """The ``CandidateVMForAttachingAffinityGroupInventory`` structure."""

    all_volumes: list[AllVolume] | None = None
    """详情参考allVolumes (since 4.0.0)"""

    allocator_strategy: str | None = None
    """allocatorStrategy (since 4.0.0)"""

    cluster_uuid: str | None = None
    """集群UUID (since 4.0.0)"""

    cpu_num: int | None = None
    """cpuNum (since 4.0.0)"""

    cpu_speed: int | None = None
    """cpuSpeed (since 4.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    default_l3_network_uuid: str | None = None
    """defaultL3NetworkUuid (since 4.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.0.0)"""

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

    memory_size: int | None = None
    """memorySize (since 4.0.0)"""

    name: str | None = None
    """资源名称 (since 4.0.0)"""

    platform: str | None = None
    """platform (since 4.0.0)"""

    root_volume_uuid: str | None = None
    """根云盘UUID (since 4.0.0)"""

    state: str | None = None
    """state (since 4.0.0)"""

    type: str | None = None
    """type (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""

    vm_nics: list[VmNicInventory] | None = None
    """详情参考vmNics (since 4.0.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 4.0.0)"""
