"""Result models: AttachablePublicL3ForVRouterInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .host_route import HostRoute
from .ip_range_inventory import IpRangeInventory
from .network_service import NetworkService

__all__ = [
    "AttachablePublicL3ForVRouterInventory",
]


class AttachablePublicL3ForVRouterInventory(ZStackModel):
    """The ``AttachablePublicL3ForVRouterInventory`` structure."""

    category: str | None = None
    """category (since 2.2)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.2)"""

    description: str | None = None
    """资源的详细描述 (since 2.2)"""

    dns: list[Any] | None = None
    """dns (since 2.2)"""

    dns_domain: str | None = None
    """dnsDomain (since 2.2)"""

    host_route: list[HostRoute] | None = None
    """详情参考hostRoute (since 2.3)"""

    ip_ranges: list[IpRangeInventory] | None = None
    """详情参考ipRanges (since 2.2)"""

    l2_network_uuid: str | None = None
    """二层网络UUID (since 2.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.2)"""

    name: str | None = None
    """资源名称 (since 2.2)"""

    network_services: list[NetworkService] | None = None
    """详情参考networkServices (since 2.2)"""

    state: str | None = None
    """state (since 2.2)"""

    system: bool | None = None
    """system (since 2.2)"""

    type: str | None = None
    """type (since 2.2)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.2)"""

    zone_uuid: str | None = None
    """区域UUID (since 2.2)"""
