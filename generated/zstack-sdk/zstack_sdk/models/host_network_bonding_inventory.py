"""Result models: HostNetworkBondingInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .host_network_interface_inventory import HostNetworkInterfaceInventory

__all__ = [
    "HostNetworkBondingInventory",
]


class HostNetworkBondingInventory(ZStackModel):
    """ZStack's `HostNetworkBondingInventory`."""

    all_slaves_active: bool | None = None
    """allSlavesActive (since 3.5.0)"""

    bonding_name: str | None = None
    """Bond名称 (since 3.5.0)"""

    bonding_type: str | None = None
    """Bond应用状态，有noBridge、bridgeSlave (since 4.7.0)"""

    call_back_ip: str | None = None
    """回调地址 (since 4.7.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.7.0)"""

    gateway: str | None = None
    """网关地址 (since 4.7.0)"""

    host_uuid: str | None = None
    """物理机UUID (since 3.5.0)"""

    ip_addresses: list[str] | None = None
    """IP地址 (since 3.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5.0)"""

    mac: str | None = None
    """MAC地址 (since 3.5.0)"""

    mii_status: str | None = None
    """MII状态 (since 3.5.0)"""

    miimon: int | None = None
    """MII监控间隔 (since 3.5.0)"""

    mode: str | None = None
    """Bond模式 (since 3.5.0)"""

    slaves: list[HostNetworkInterfaceInventory] | None = None
    """详情参考slaves (since 3.5.0)"""

    speed: int | None = None
    """Bond速率 (since 4.7.0)"""

    type: str | None = None
    """Bond类型 (since 4.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.5.0)"""

    xmit_hash_policy: str | None = None
    """哈希策略 (since 3.5.0)"""
