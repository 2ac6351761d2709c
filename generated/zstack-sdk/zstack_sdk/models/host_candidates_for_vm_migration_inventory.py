"""Result models: HostCandidatesForVmMigrationInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HostCandidatesForVmMigrationInventory",
]


class HostCandidatesForVmMigrationInventory(ZStackModel):
    """The ``HostCandidatesForVmMigrationInventory`` structure."""

    available_cpu_capacity: int | None = None
    """availableCpuCapacity (since 4.0.0)"""

    available_memory_capacity: int | None = None
    """availableMemoryCapacity (since 4.0.0)"""

    cluster_uuid: str | None = None
    """集群UUID (since 4.0.0)"""

    cpu_num: int | None = None
    """cpuNum (since 4.0.0)"""

    cpu_sockets: int | None = None
    """cpuSockets (since 4.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.0.0)"""

    hypervisor_type: str | None = None
    """hypervisorType (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    management_ip: str | None = None
    """managementIp (since 4.0.0)"""

    name: str | None = None
    """资源名称 (since 4.0.0)"""

    state: str | None = None
    """state (since 4.0.0)"""

    status: str | None = None
    """status (since 4.0.0)"""

    total_cpu_capacity: int | None = None
    """totalCpuCapacity (since 4.0.0)"""

    total_memory_capacity: int | None = None
    """totalMemoryCapacity (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 4.0.0)"""
