"""Result models: MirrorNetworkUsedIpInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .used_ip_inventory import UsedIpInventory

__all__ = [
    "MirrorNetworkUsedIpInventory",
]


class MirrorNetworkUsedIpInventory(ZStackModel):
    """ZStack's `MirrorNetworkUsedIpInventory`."""

    cluster_uuid: str | None = None
    """集群UUID (since 3.7.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.7.0)"""

    host_uuid: str | None = None
    """物理机UUID (since 3.7.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 3.7.0)"""

    used_ip_inventory: UsedIpInventory | None = None
    """详情参考usedIpInventory (since 3.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.7.0)"""
