"""Result models: L3NetworkInventory (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .ip_range_inventory import IpRangeInventory
from .l3_network_host_route_inventory import L3NetworkHostRouteInventory
from .network_service_l3_network_ref_inventory import NetworkServiceL3NetworkRefInventory
from .reserved_ip_range_inventory import ReservedIpRangeInventory

__all__ = [
    "L3NetworkInventory",
]


class L3NetworkInventory(ZStackModel):
    """ZStack's `L3NetworkInventory`."""

    category: str | None = None
    """网络类型，需要与system标签搭配使用，system为false时可设置为Public、Private (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    dns: list[str] | None = None
    """域名解析服务器 (since 0.6)"""

    dns_domain: str | None = None
    """DNS域 (since 0.6)"""

    enable_ipam: bool | None = Field(None, alias="enableIPAM")

    host_route: list[L3NetworkHostRouteInventory] | None = None
    """详情参考hostRoute (since 0.6)"""

    ip_ranges: list[IpRangeInventory] | None = None
    """详情参考ipRanges (since 0.6)"""

    ip_version: int | None = None
    """ip协议号 (since 3.1.0)"""

    isolated: bool | None = None

    l2_network_uuid: str | None = None
    """二层网络UUID (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    network_services: list[NetworkServiceL3NetworkRefInventory] | None = None
    """详情参考networkServices (since 0.6)"""

    reserved_ip_ranges: list[ReservedIpRangeInventory] | None = None

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
