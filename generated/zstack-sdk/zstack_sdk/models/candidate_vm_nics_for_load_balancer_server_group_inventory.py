"""Result models: CandidateVmNicsForLoadBalancerServerGroupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .used_ip_inventory import UsedIpInventory

__all__ = [
    "CandidateVmNicsForLoadBalancerServerGroupInventory",
]


class CandidateVmNicsForLoadBalancerServerGroupInventory(ZStackModel):
    """The ``CandidateVmNicsForLoadBalancerServerGroupInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    device_id: int | None = None
    """设备ID (since 4.0.0)"""

    gateway: str | None = None
    """网关 (since 4.0.0)"""

    hypervisor_type: str | None = None
    """虚拟化类型 (since 4.0.0)"""

    ip: str | None = None
    """IP地址 (since 4.0.0)"""

    ip_version: int | None = None
    """IP地址版本 (since 4.0.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    mac: str | None = None
    """MAC地址 (since 4.0.0)"""

    meta_data: str | None = None
    """metaData (since 4.0.0)"""

    netmask: str | None = None
    """子网掩码 (since 4.0.0)"""

    type: str | None = None
    """网卡类型 (since 4.0.0)"""

    used_ips: list[UsedIpInventory] | None = None
    """详情参考usedIps (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 4.0.0)"""
