"""Result models: VmNic (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .used_ip import UsedIp

__all__ = [
    "VmNic",
]


class VmNic(ZStackModel):
    """The ``VmNic`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.7.13)"""

    device_id: int | None = None
    """deviceId (since 4.7.13)"""

    driver_type: str | None = None
    """driverType (since 4.7.13)"""

    gateway: str | None = None
    """gateway (since 4.7.13)"""

    hypervisor_type: str | None = None
    """hypervisorType (since 4.7.13)"""

    internal_name: str | None = None
    """internalName (since 4.7.13)"""

    ip: str | None = None
    """ip (since 4.7.13)"""

    ip_version: int | None = None
    """ipVersion (since 4.7.13)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 4.7.13)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.7.13)"""

    mac: str | None = None
    """mac (since 4.7.13)"""

    meta_data: str | None = None
    """metaData (since 4.7.13)"""

    netmask: str | None = None
    """netmask (since 4.7.13)"""

    state: str | None = None
    """网卡状态 (since 4.7.13)"""

    type: str | None = None
    """type (since 4.7.13)"""

    used_ips: list[UsedIp] | None = None
    """详情参考usedIps (since 4.7.13)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.7.13)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 4.7.13)"""
