"""Result models: BareMetal2GatewayInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from .._models import ZStackDateTime, ZStackModel
from .bare_metal2_gateway_provision_nic_inventory import BareMetal2GatewayProvisionNicInventory

__all__ = [
    "BareMetal2GatewayInventory",
]


class BareMetal2GatewayInventory(ZStackModel):
    """ZStack's `BareMetal2GatewayInventory`."""

    architecture: str | None = None

    attached_cluster_uuids: list[Any] | None = None
    """挂载集群的UUID列表 (since 4.0.0)"""

    available_cpu_capacity: int | None = None
    """CPU可用量 (since 4.0.0)"""

    available_memory_capacity: int | None = None
    """内存可用量 (since 4.0.0)"""

    cluster_uuid: str | None = None
    """集群UUID (since 4.0.0)"""

    cpu_num: int | None = None
    """CPU核数 (since 4.0.0)"""

    cpu_sockets: int | None = None
    """cpuSockets (since 4.0.0)"""

    cpu_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.0.0)"""

    disk_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    fan_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    gpu_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    hypervisor_type: str | None = None
    """虚拟化类型 (since 4.0.0)"""

    ipmi_address: str | None = None

    ipmi_port: int | None = None

    ipmi_power_status: str | None = None

    ipmi_username: str | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    management_ip: str | None = None
    """管理网络IP地址 (since 4.0.0)"""

    memory_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    name: str | None = None
    """资源名称 (since 4.0.0)"""

    nic_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    os_distribution: str | None = None

    os_release: str | None = None

    os_version: str | None = None

    power_supply_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    provision_nic: BareMetal2GatewayProvisionNicInventory | None = None
    """详情参考provisionNic (since 4.0.0)"""

    raid_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    ssh_port: int | None = None
    """SSH端口 (since 4.0.0)"""

    state: str | None = None
    """启用状态 (since 4.0.0)"""

    status: str | None = None
    """连接状态 (since 4.0.0)"""

    temperature_status: Literal["Normal", "Error", "Unknown"] | str | None = None

    total_cpu_capacity: int | None = None
    """CPU总量 (since 4.0.0)"""

    total_memory_capacity: int | None = None
    """内存总量 (since 4.0.0)"""

    username: str | None = None
    """用户名 (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 4.0.0)"""
