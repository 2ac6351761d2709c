"""Result models: BareMetal2ProvisionNetworkInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BareMetal2ProvisionNetworkInventory",
]


class BareMetal2ProvisionNetworkInventory(ZStackModel):
    """ZStack's `BareMetal2ProvisionNetworkInventory`."""

    attached_cluster_uuids: list[Any] | None = None
    """attachedClusterUuids (since 4.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.0.0)"""

    dhcp_interface: str | None = None
    """DHCP监听网卡 (since 4.0.0)"""

    dhcp_range_end_ip: str | None = None
    """DHCP终止IP地址 (since 4.0.0)"""

    dhcp_range_gateway: str | None = None
    """网关地址 (since 4.0.0)"""

    dhcp_range_netmask: str | None = None
    """子网掩码 (since 4.0.0)"""

    dhcp_range_network_cidr: str | None = None
    """CIDR (since 4.0.0)"""

    dhcp_range_start_ip: str | None = None
    """DHCP起始IP地址 (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    name: str | None = None
    """资源名称 (since 4.0.0)"""

    state: str | None = None
    """状态 (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 4.0.0)"""
