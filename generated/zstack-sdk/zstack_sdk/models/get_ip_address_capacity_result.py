"""Result models: GetIpAddressCapacityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ip_capacity_data import IpCapacityData

__all__ = [
    "GetIpAddressCapacityResult",
]


class GetIpAddressCapacityResult(ZStackModel):
    """The result of GetIpAddressCapacity (ZStack's `GetIpAddressCapacityResult`)."""

    available_capacity: int | None = None
    """可用IP地址容量 (since 0.6)"""

    capacity_data: list[IpCapacityData] | None = None
    """详情参考capacityData (since 3.9.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    ipv4_available_capacity: int | None = None
    """可用IPv4地址容量 (since 3.10.0)"""

    ipv4_total_capacity: int | None = None
    """IPv4地址容量 (since 3.10.0)"""

    ipv4_used_ip_address_number: int | None = None
    """已使用IPv4数量 (since 3.10.0)"""

    ipv6_available_capacity: int | None = None
    """可用IPv6地址容量 (since 3.10.0)"""

    ipv6_total_capacity: int | None = None
    """IPv6地址容量 (since 3.10.0)"""

    ipv6_used_ip_address_number: int | None = None
    """已使用IPv6数量 (since 3.10.0)"""

    resource_type: str | None = None
    """所查询资源的类型（地址范围、三层网络、区域） (since 3.9.0)"""

    success: bool | None = None
    """成功 (since 0.6)"""

    total_capacity: int | None = None
    """IP地址容量 (since 0.6)"""

    used_ip_address_number: int | None = None
    """已使用IP数量 (since 3.10.0)"""
