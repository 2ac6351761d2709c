"""Result models: VmMigrationCandidateHostsInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VmMigrationCandidateHostsInventory",
]


class VmMigrationCandidateHostsInventory(ZStackModel):
    """The ``VmMigrationCandidateHostsInventory`` structure."""

    available_cpu_capacity: int | None = None
    """availableCpuCapacity (since 0.6)"""

    available_memory_capacity: int | None = None
    """availableMemoryCapacity (since 0.6)"""

    cluster_uuid: str | None = None
    """集群UUID (since 0.6)"""

    cpu_num: int | None = None
    """cpuNum (since 0.6)"""

    cpu_sockets: int | None = None
    """cpuSockets (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    hypervisor_type: str | None = None
    """hypervisorType (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    management_ip: str | None = None
    """managementIp (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    state: str | None = None
    """state (since 0.6)"""

    status: str | None = None
    """status (since 0.6)"""

    total_cpu_capacity: int | None = None
    """totalCpuCapacity (since 0.6)"""

    total_memory_capacity: int | None = None
    """totalMemoryCapacity (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
