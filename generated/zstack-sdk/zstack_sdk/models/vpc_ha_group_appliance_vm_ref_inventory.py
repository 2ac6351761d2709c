"""Result models: VpcHaGroupApplianceVmRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "VpcHaGroupApplianceVmRefInventory",
]


class VpcHaGroupApplianceVmRefInventory(ZStackModel):
    """ZStack's `VpcHaGroupApplianceVmRefInventory`."""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.1.0)"""

    vpc_ha_router_uuid: str | None = None
    """vpcHaRouterUuid (since 5.1.0)"""
