"""Result models: CandidateL3NetworksForChangeVmNicNetworkInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel
from .ip_range_inventory import IpRangeInventory
from .network_service import NetworkService

__all__ = [
    "CandidateL3NetworksForChangeVmNicNetworkInventory",
]


class CandidateL3NetworksForChangeVmNicNetworkInventory(ZStackModel):
    """The ``CandidateL3NetworksForChangeVmNicNetworkInventory`` structure."""

    category: str | None = None
    """category (since 4.1.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.1.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.1.0)"""

    dns: list[Any] | None = None
    """dns (since 4.1.0)"""

    dns_domain: str | None = None
    """dnsDomain (since 4.1.0)"""

    host_route: list[Any] | None = None
    """详情参考ipRangesx (since 4.1.0)"""

    ip_ranges: list[IpRangeInventory] | None = None
    """详情参考ipRanges (since 4.1.0)"""

    ip_version: int | None = None
    """ip协议号 (since 4.1.0)"""

    l2_network_uuid: str | None = None
    """二层网络UUID (since 4.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.1.0)"""

    name: str | None = None
    """资源名称 (since 4.1.0)"""

    network_services: list[NetworkService] | None = None
    """详情参考networkServices (since 4.1.0)"""

    state: str | None = None
    """state (since 4.1.0)"""

    system: bool | None = None
    """system (since 4.1.0)"""

    type: str | None = None
    """type (since 4.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.1.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 4.1.0)"""
