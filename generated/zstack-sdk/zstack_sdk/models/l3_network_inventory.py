"""Result models: L3NetworkInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .host_route import HostRoute
from .ip_range_inventory import IpRangeInventory
from .network_service import NetworkService

__all__ = [
    "L3NetworkInventory",
]


class L3NetworkInventory(ZStackModel):
    """The ``L3NetworkInventory`` structure."""

    category: str | None = None
    """网络类型，需要与system标签搭配使用，system为false时可设置为Public、Private (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    dns: list[Any] | None = None
    """域名解析服务器 (since 0.6)"""

    dns_domain: str | None = None
    """DNS域 (since 0.6)"""

    gateway: str | None = None
    """gateway (since 0.6)"""

    host_route: list[HostRoute] | None = None
    """详情参考hostRoute (since 2.3)"""

    ip: str | None = None
    """ip (since 0.6)"""

    ip_range_uuid: str | None = None
    """IP段UUID (since 0.6)"""

    ip_ranges: list[IpRangeInventory] | None = None
    """详情参考ipRanges (since 0.6)"""

    ip_version: int | None = None
    """ip协议号 (since 3.1.0)"""

    l2_network_uuid: str | None = None
    """二层网络UUID (since 0.6)"""

    l3_network_category: str | None = None
    """l3NetworkCategory (since 5.4.2)"""

    l3_network_type: str | None = None
    """l3NetworkType (since 5.4.2)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 5.4.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    netmask: str | None = None
    """netmask (since 0.6)"""

    network_service_uuid: str | None = None
    """networkServiceUuid (since 5.4.2)"""

    network_services: list[NetworkService] | None = None
    """详情参考networkServices (since 0.6)"""

    nfv_inst_group_uuid: str | None = None
    """nfvInstGroupUuid (since 5.4.2)"""

    state: str | None = None
    """三层网络的可用状态 (since 0.6)"""

    system: bool | None = None
    """是否用于系统云主机 (since 0.6)"""

    type: str | None = None
    """三层网络类型 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
