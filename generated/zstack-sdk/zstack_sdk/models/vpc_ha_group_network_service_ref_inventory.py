"""Result models: VpcHaGroupNetworkServiceRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcHaGroupNetworkServiceRefInventory",
]


class VpcHaGroupNetworkServiceRefInventory(ZStackModel):
    """ZStack's `VpcHaGroupNetworkServiceRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5)"""

    id: int | None = None
    """资源的UUID，唯一标示该资源 (since 3.5)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5)"""

    network_service_name: str | None = None
    """networkServiceName (since 3.5)"""

    network_service_uuid: str | None = None
    """networkServiceUuid (since 3.5)"""

    vpc_ha_router_uuid: str | None = None
    """vpcHaRouterUuid (since 3.5)"""
