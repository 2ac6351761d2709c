"""Result models: UsedIp (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "UsedIp",
]


class UsedIp(ZStackModel):
    """The ``UsedIp`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.0.0)"""

    gateway: str | None = None
    """gateway (since 5.0.0)"""

    ip: str | None = None
    """ip (since 5.0.0)"""

    ip_in_binary: list[Any] | None = None
    """ipInBinary (since 5.2.0)"""

    ip_in_long: int | None = None
    """ipInLong (since 5.0.0)"""

    ip_range_uuid: str | None = None
    """IP段UUID (since 5.0.0)"""

    ip_version: int | None = None
    """ipVersion (since 5.0.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 5.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.0.0)"""

    netmask: str | None = None
    """netmask (since 5.0.0)"""

    used_for: str | None = None
    """分配原因 (since 5.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.0.0)"""

    vm_nic_uuid: str | None = None
    """云主机网卡UUID (since 5.0.0)"""
