"""Result models: UsedIpInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "UsedIpInventory",
]


class UsedIpInventory(ZStackModel):
    """ZStack's `UsedIpInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    gateway: str | None = None
    """网关地址 (since 0.6)"""

    ip: str | None = None
    """IP地址 (since 0.6)"""

    ip_in_binary: list[Any] | None = None
    """ipInBinary (since 5.2.0)"""

    ip_in_long: int | None = None
    """ipInLong (since 0.6)"""

    ip_range_uuid: str | None = None
    """IP段UUID (since 0.6)"""

    ip_version: int | None = None
    """IP协议号 (since 2.3)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    netmask: str | None = None
    """网络掩码 (since 0.6)"""

    used_for: str | None = None
    """分配原因 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vm_nic_uuid: str | None = None
    """云主机网卡UUID (since 2.3)"""
