"""Result models: ScsiLunClusterStatusInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .host_inventory import HostInventory

__all__ = [
    "ScsiLunClusterStatusInventory",
]


class ScsiLunClusterStatusInventory(ZStackModel):
    """ZStack's `ScsiLunClusterStatusInventory`."""

    attached_hosts: list[HostInventory] | None = None
    """详情参考attachedHosts (since 3.1.0)"""

    is_all_hosts_attached: bool | None = None
    """SCSI Lun是否已与集群全部物理机连接 (since 3.1.0)"""

    unattached_hosts: list[HostInventory] | None = None
    """详情参考unattachedHosts (since 3.1.0)"""
