"""Result models: AddressPoolInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AddressPoolInventory",
]


class AddressPoolInventory(ZStackModel):
    """ZStack's `AddressPoolInventory`."""

    address_mode: str | None = None
    """IPv6地址分配模式 (since 3.9.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.9.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.9.0)"""

    end_ip: str | None = None
    """结束IP (since 3.9.0)"""

    gateway: str | None = None
    """网关 (since 3.9.0)"""

    ip_range_type: Literal["Normal", "AddressPool"] | str | None = None
    """详情参考ipRangeType (since 3.9.0)"""

    ip_version: int | None = None
    """ip协议号 (since 3.9.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 3.9.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.9.0)"""

    name: str | None = None
    """资源名称 (since 3.9.0)"""

    netmask: str | None = None
    """掩码 (since 3.9.0)"""

    network_cidr: str | None = None
    """网络CIDR (since 3.9.0)"""

    prefix_len: int | None = None
    """掩码长度 (since 3.9.0)"""

    start_ip: str | None = None
    """起始IP (since 3.9.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.9.0)"""
