"""Result models: CandidateVmNicsForPortMirrorInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .used_ip_inventory import UsedIpInventory

__all__ = [
    "CandidateVmNicsForPortMirrorInventory",
]


class CandidateVmNicsForPortMirrorInventory(ZStackModel):
    """The ``CandidateVmNicsForPortMirrorInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    device_id: int | None = None
    """deviceId (since 3.7.0)"""

    gateway: str | None = None
    """gateway (since 3.7.0)"""

    hypervisor_type: str | None = None
    """hypervisorType (since 3.7.0)"""

    ip: str | None = None
    """ip (since 3.7.0)"""

    ip_version: int | None = None
    """ipVersion (since 3.7.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 3.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.0)"""

    mac: str | None = None
    """mac (since 3.7.0)"""

    meta_data: str | None = None
    """metaData (since 3.7.0)"""

    netmask: str | None = None
    """netmask (since 3.7.0)"""

    used_ips: list[UsedIpInventory] | None = None
    """详情参考usedIps (since 3.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.7.0)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 3.7.0)"""
