"""Result models: VmNicInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .used_ip_inventory import UsedIpInventory

__all__ = [
    "VmNicInventory",
]


class VmNicInventory(ZStackModel):
    """ZStack's `VmNicInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    device_id: int | None = None
    """设备ID (since 0.6)"""

    driver_type: str | None = None
    """driverType (since 3.9.0)"""

    gateway: str | None = None
    """网关 (since 0.6)"""

    hypervisor_type: str | None = None
    """虚拟化类型 (since 0.6)"""

    internal_name: str | None = None
    """internalName (since 2.3)"""

    ip: str | None = None
    """IP地址 (since 0.6)"""

    ip_version: int | None = None
    """ip协议号 (since 0.6)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    mac: str | None = None
    """MAC地址 (since 0.6)"""

    meta_data: str | None = None
    """内部使用的保留域 (since 0.6)"""

    netmask: str | None = None
    """子网掩码 (since 0.6)"""

    state: str | None = None
    """网卡状态 (since 4.6.0)"""

    type: str | None = None
    """网卡类型 (since 0.6)"""

    used_ips: list[UsedIpInventory] | None = None
    """详情参考usedIps (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 0.6)"""
