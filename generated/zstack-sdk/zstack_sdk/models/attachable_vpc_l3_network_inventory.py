"""Result models: AttachableVpcL3NetworkInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .host_route import HostRoute
from .ip_range_inventory import IpRangeInventory
from .network_service import NetworkService

__all__ = [
    "AttachableVpcL3NetworkInventory",
]


class AttachableVpcL3NetworkInventory(ZStackModel):
    """The ``AttachableVpcL3NetworkInventory`` structure."""

    category: str | None = None
    """网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private (since 2.3)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3)"""

    description: str | None = None
    """资源的详细描述 (since 2.3)"""

    dns: list[Any] | None = None
    """域名解析服务器 (since 2.3)"""

    dns_domain: str | None = None
    """DNS域 (since 2.3)"""

    host_route: list[HostRoute] | None = None
    """详情参考hostRoute"""

    ip_ranges: list[IpRangeInventory] | None = None
    """详情参考ipRanges (since 2.3)"""

    l2_network_uuid: str | None = None
    """二层网络UUID (since 2.3)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3)"""

    name: str | None = None
    """资源名称 (since 2.3)"""

    network_services: list[NetworkService] | None = None
    """详情参考networkServices (since 2.3)"""

    state: str | None = None
    """三层网络的可用状态 (since 2.3)"""

    system: bool | None = None
    """是否用于系统云主机 (since 2.3)"""

    type: str | None = None
    """三层网络类型 (since 2.3)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3)"""

    zone_uuid: str | None = None
    """区域UUID (since 2.3)"""
