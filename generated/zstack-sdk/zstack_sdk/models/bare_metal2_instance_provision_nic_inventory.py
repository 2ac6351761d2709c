"""Result models: BareMetal2InstanceProvisionNicInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BareMetal2InstanceProvisionNicInventory",
]


class BareMetal2InstanceProvisionNicInventory(ZStackModel):
    """ZStack's `BareMetal2InstanceProvisionNicInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    gateway: str | None = None
    """网关地址 (since 4.0.0)"""

    ip: str | None = None
    """IP地址 (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    mac: str | None = None
    """MAC地址 (since 4.0.0)"""

    metadata: str | None = None
    """metadata (since 4.0.0)"""

    netmask: str | None = None
    """子网掩码 (since 4.0.0)"""

    network_uuid: str | None = None
    """裸金属部署网络UUID (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""
