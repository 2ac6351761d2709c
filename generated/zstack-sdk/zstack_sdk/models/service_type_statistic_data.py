"""Result models: ServiceTypeStatisticData (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ServiceTypeStatisticData",
]


class ServiceTypeStatisticData(ZStackModel):
    """ZStack's `ServiceTypeStatisticData`."""

    cluster_name: str | None = None
    """集群名称 (since 4.7.11)"""

    cluster_uuid: str | None = None
    """集群UUID (since 4.7.11)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.7.11)"""

    host_ip: str | None = None
    """物理机IP (since 4.7.11)"""

    host_name: str | None = None
    """物理机名称 (since 4.7.11)"""

    host_uuid: str | None = None
    """物理机UUID (since 4.7.11)"""

    interface_name: str | None = None
    """网卡名 (since 4.7.11)"""

    interface_uuid: str | None = None
    """网卡UUID (since 4.7.11)"""

    service_types: list[Any] | None = None
    """网络类型集 (since 4.7.11)"""

    vlan_id: int | None = None
    """vlan接口ID (since 4.7.11)"""

    zone_uuid: str | None = None
    """区域UUID (since 4.7.11)"""
