"""Result models: IpRangeInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "IpRangeInventory",
]


class IpRangeInventory(ZStackModel):
    """ZStack's `IpRangeInventory`."""

    address_mode: str | None = None
    """IPv6地址分配模式 (since 3.1.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    end_ip: str | None = None
    """结束地址 (since 0.6)"""

    gateway: str | None = None
    """网关 (since 0.6)"""

    ip_range_type: Literal["Normal", "AddressPool"] | str | None = None
    """详情参考ipRangeType (since 3.9.0)"""

    ip_version: int | None = None
    """ip协议号 (since 3.1.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    netmask: str | None = None
    """掩码 (since 0.6)"""

    network_cidr: str | None = None
    """网络CIDR (since 0.6)"""

    prefix_len: int | None = None
    """掩码长度 (since 3.1.0)"""

    start_ip: str | None = None
    """起始地址 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
