"""Result models: EipAttachableVmNicsInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .used_ip_inventory import UsedIpInventory

__all__ = [
    "EipAttachableVmNicsInventory",
]


class EipAttachableVmNicsInventory(ZStackModel):
    """The ``EipAttachableVmNicsInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    device_id: int | None = None
    """deviceId (since 0.6)"""

    gateway: str | None = None
    """gateway (since 0.6)"""

    ip: str | None = None
    """ip (since 0.6)"""

    ip_version: int | None = None
    """ip协议号 (since 3.1.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    mac: str | None = None
    """mac (since 0.6)"""

    meta_data: str | None = None
    """metaData (since 0.6)"""

    netmask: str | None = None
    """netmask (since 0.6)"""

    used_ips: list[UsedIpInventory] | None = None
    """详情参考usedIps (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 0.6)"""
