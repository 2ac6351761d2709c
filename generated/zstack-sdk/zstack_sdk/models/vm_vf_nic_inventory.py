"""Result models: VmVfNicInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .used_ip_inventory import UsedIpInventory

__all__ = [
    "VmVfNicInventory",
]


class VmVfNicInventory(ZStackModel):
    """ZStack's `VmVfNicInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.1.0)"""

    device_id: int | None = None
    """deviceId (since 5.1.0)"""

    driver_type: str | None = None
    """driverType (since 5.1.0)"""

    gateway: str | None = None
    """gateway (since 5.1.0)"""

    ha_state: str | None = None
    """高可用状态 (since 5.1.0)"""

    hypervisor_type: str | None = None
    """hypervisorType (since 5.1.0)"""

    internal_name: str | None = None
    """internalName (since 5.1.0)"""

    ip: str | None = None
    """ip (since 5.1.0)"""

    ip_version: int | None = None
    """ipVersion (since 5.1.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 5.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.1.0)"""

    mac: str | None = None
    """mac (since 5.1.0)"""

    meta_data: str | None = None
    """metaData (since 5.1.0)"""

    netmask: str | None = None
    """netmask (since 5.1.0)"""

    pci_device_uuid: str | None = None
    """网卡PCI地址 (since 5.1.0)"""

    state: str | None = None
    """state (since 5.1.0)"""

    type: str | None = None
    """type (since 5.1.0)"""

    used_ips: list[UsedIpInventory] | None = None
    """详情参考 (since 5.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.1.0)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 5.1.0)"""
