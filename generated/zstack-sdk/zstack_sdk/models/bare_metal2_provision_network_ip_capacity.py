"""Result models: BareMetal2ProvisionNetworkIpCapacity (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "BareMetal2ProvisionNetworkIpCapacity",
]


class BareMetal2ProvisionNetworkIpCapacity(ZStackModel):
    """ZStack's `BareMetal2ProvisionNetworkIpCapacity`."""

    available_capacity: int | None = None
    """IP可用量 (since 4.0.0)"""

    gateway_used_ip_number: int | None = None
    """裸金属网关节点占用IP数量 (since 4.0.0)"""

    instance_used_ip_number: int | None = None
    """裸金属实例占用IP数量 (since 4.0.0)"""

    network_uuid: str | None = None
    """裸金属部署网络UUID (since 4.0.0)"""

    total_capacity: int | None = None
    """IP总量 (since 4.0.0)"""
