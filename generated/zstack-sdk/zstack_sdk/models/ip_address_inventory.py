"""Result models: IpAddressInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "IpAddressInventory",
]


class IpAddressInventory(ZStackModel):
    """The ``IpAddressInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.1.0)"""

    gateway: str | None = None
    """网关地址 (since 3.1.0)"""

    ip: str | None = None
    """IP地址 (since 3.1.0)"""

    ip_in_long: int | None = None
    """ipInLong (since 3.1.0)"""

    ip_range_uuid: str | None = None
    """IP段UUID (since 3.1.0)"""

    ip_version: int | None = None
    """IP协议号 (since 3.1.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 3.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.0)"""

    netmask: str | None = None
    """网络掩码 (since 3.1.0)"""

    used_for: str | None = None
    """usedFor (since 3.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.1.0)"""

    vm_nic_uuid: str | None = None
    """云主机网卡UUID (since 3.1.0)"""
