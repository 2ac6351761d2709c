"""Result models: VmAttachableL3NetworkInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .host_route import HostRoute
from .ip_range_inventory import IpRangeInventory
from .network_service import NetworkService

__all__ = [
    "VmAttachableL3NetworkInventory",
]


class VmAttachableL3NetworkInventory(ZStackModel):
    """The ``VmAttachableL3NetworkInventory`` structure."""

    category: str | None = None
    """category (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    dns: list[Any] | None = None
    """dns (since 0.6)"""

    dns_domain: str | None = None
    """dnsDomain (since 0.6)"""

    host_route: list[HostRoute] | None = None
    """详情参考hostRoute (since 0.6)"""

    ip_ranges: list[IpRangeInventory] | None = None
    """详情参考ipRanges (since 0.6)"""

    ip_version: int | None = None
    """IP协议号 (since 3.1.0)"""

    l2_network_uuid: str | None = None
    """二层网络UUID (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    network_services: list[NetworkService] | None = None
    """详情参考networkServices (since 0.6)"""

    state: str | None = None
    """state (since 0.6)"""

    system: bool | None = None
    """system (since 0.6)"""

    type: str | None = None
    """type (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
