"""Result models: IpCapacityData (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "IpCapacityData",
]


class IpCapacityData(ZStackModel):
    """ZStack's `IpCapacityData`."""

    available_capacity: int | None = None
    """可用IP地址容量 (since 3.9.0)"""

    ipv4_available_capacity: int | None = None
    """可用IPv4地址容量 (since 3.10.0)"""

    ipv4_total_capacity: int | None = None
    """IPv4地址总容量 (since 3.10.0)"""

    ipv4_used_ip_address_number: int | None = None
    """已用IPv4地址容量 (since 3.10.0)"""

    ipv6_available_capacity: int | None = None
    """可用IPv6地址容量 (since 3.10.0)"""

    ipv6_total_capacity: int | None = None
    """IPv6地址总容量 (since 3.10.0)"""

    ipv6_used_ip_address_number: int | None = None
    """已用IPv6地址容量 (since 3.10.0)"""

    resource_uuid: str | None = None
    """资源UUID (since 3.9.0)"""

    total_capacity: int | None = None
    """IP地址总容量 (since 3.9.0)"""

    used_ip_address_number: int | None = None
    """已用IP地址容量 (since 3.9.0)"""
