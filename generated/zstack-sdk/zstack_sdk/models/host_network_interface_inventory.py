"""Result models: HostNetworkInterfaceInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HostNetworkInterfaceInventory",
]


class HostNetworkInterfaceInventory(ZStackModel):
    """The ``HostNetworkInterfaceInventory`` structure."""

    bonding_uuid: str | None = None
    """Bond UUID (since 3.9.0)"""

    call_back_ip: str | None = None
    """回调地址 (since 4.7.0)"""

    carrier_active: bool | None = None
    """物理链路状态 (since 3.9.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.9.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.7.0)"""

    gateway: str | None = None
    """网关地址 (since 4.7.0)"""

    host_uuid: str | None = None
    """物理机UUID (since 3.9.0)"""

    interface_name: str | None = None
    """网卡名称 (since 3.9.0)"""

    interface_type: str | None = None
    """网卡应用状态，有nomaster、bridgeSlave、bondSlave (since 3.9.0)"""

    ip_addresses: list[Any] | None = None
    """IP地址 (since 3.9.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.9.0)"""

    mac: str | None = None
    """MAC地址 (since 3.9.0)"""

    offload_status: str | None = None
    """offloadStatus (since 4.7.0)"""

    pci_device_address: str | None = None
    """网卡PCI地址 (since 3.9.0)"""

    slave_active: bool | None = None
    """Bond链路状态 (since 3.9.0)"""

    speed: int | None = None
    """网卡速率 (since 3.9.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.9.0)"""
