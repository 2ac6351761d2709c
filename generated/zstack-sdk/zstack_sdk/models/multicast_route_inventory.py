"""Result models: MulticastRouteInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "MulticastRouteInventory",
]


class MulticastRouteInventory(ZStackModel):
    """ZStack's `MulticastRouteInventory`."""

    egress_interfaces: str | None = None
    """egressInterfaces (since 3.7.0)"""

    group_address: str | None = None
    """groupAddress (since 3.7.0)"""

    ingress_interfaces: str | None = None
    """ingressInterfaces (since 3.7.0)"""

    source_address: str | None = None
    """sourceAddress (since 3.7.0)"""
