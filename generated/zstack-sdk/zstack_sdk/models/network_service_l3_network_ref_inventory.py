"""Result models: NetworkServiceL3NetworkRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "NetworkServiceL3NetworkRefInventory",
]


class NetworkServiceL3NetworkRefInventory(ZStackModel):
    """ZStack's `NetworkServiceL3NetworkRefInventory`."""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 0.6)"""

    network_service_provider_uuid: str | None = None
    """网络服务提供模块UUID (since 0.6)"""

    network_service_type: str | None = None
    """网络服务类型 (since 0.6)"""
