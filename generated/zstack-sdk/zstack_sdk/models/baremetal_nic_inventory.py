"""Result models: BaremetalNicInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BaremetalNicInventory",
]


class BaremetalNicInventory(ZStackModel):
    """ZStack's `BaremetalNicInventory`."""

    baremetal_bonding_uuid: str | None = None
    """BOND UUID (since 3.3.0)"""

    baremetal_instance_uuid: str | None = None
    """裸机实例UUID (since 2.6.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.6.0)"""

    gateway: str | None = None
    """网关 (since 2.6.0)"""

    ip: str | None = None
    """IP地址 (since 2.6.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 2.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.6.0)"""

    mac: str | None = None
    """MAC地址 (since 2.6.0)"""

    metadata: str | None = None
    """metadata (since 2.6.0)"""

    netmask: str | None = None
    """子网掩码 (since 2.6.0)"""

    pxe: bool | None = None
    """是否PXE启动网卡 (since 2.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.6.0)"""
