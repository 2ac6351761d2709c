"""Result models: HostInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HostInventory",
]


class HostInventory(ZStackModel):
    """ZStack's `HostInventory`."""

    architecture: str | None = None

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

    cpu_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    disk_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    fan_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    gpu_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    hypervisor_type: str | None = None
    """hypervisorType (since 0.6)"""

    ipmi_address: str | None = None

    ipmi_port: int | None = None

    ipmi_power_status: str | None = None

    ipmi_username: str | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    management_ip: str | None = None
    """managementIp (since 0.6)"""

    memory_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    name: str | None = None
    """资源名称 (since 0.6)"""

    nic_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    power_supply_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    raid_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    state: str | None = None
    """物理机状态，包括： Enabled Disabled PreMaintenance Maintenance (since 0.6)"""

    status: str | None = None
    """Connecting Connected Disconnected (since 0.6)"""

    temperature_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    total_cpu_capacity: int | None = None
    """totalCpuCapacity (since 0.6)"""

    total_memory_capacity: int | None = None
    """totalMemoryCapacity (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
