"""Result models: MulticastRouterVpcVRouterRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "MulticastRouterVpcVRouterRefInventory",
]


class MulticastRouterVpcVRouterRefInventory(ZStackModel):
    """ZStack's `MulticastRouterVpcVRouterRefInventory`."""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.7.0)"""

    vpc_router_uuid: str | None = None
    """vpcRouterUuid (since 3.7.0)"""
