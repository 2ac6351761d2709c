"""Result models: HostNetworkInterfaceLldpRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HostNetworkInterfaceLldpRefInventory",
]


class HostNetworkInterfaceLldpRefInventory(ZStackModel):
    """ZStack's `HostNetworkInterfaceLldpRefInventory`."""

    aggregation_port_id: int | None = None
    """聚合端口标识 (since 5.0.0)"""

    chassis_id: str | None = None
    """机箱标识 (since 5.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.0.0)"""

    lldp_uuid: str | None = None
    """LLDP UUID (since 5.0.0)"""

    management_address: str | None = None
    """管理地址 (since 5.0.0)"""

    mtu: int | None = None
    """最大传输单元 (since 5.0.0)"""

    port_description: str | None = None
    """端口描述 (since 5.0.0)"""

    port_id: str | None = None
    """端口标识 (since 5.0.0)"""

    system_capabilities: str | None = None
    """系统能力 (since 5.0.0)"""

    system_description: str | None = None
    """系统描述 (since 5.0.0)"""

    system_name: str | None = None
    """系统名称 (since 5.0.0)"""

    time_to_live: int | None = None
    """生存时间 (since 5.0.0)"""

    vlan_id: int | None = None
    """VLAN标识 (since 5.0.0)"""
