"""Result models: GetCandidateZonesClustersHostsForCreatingVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cluster_inventory import ClusterInventory
from .error_code import ErrorCode
from .host_inventory import HostInventory
from .zone_inventory import ZoneInventory

__all__ = [
    "GetCandidateZonesClustersHostsForCreatingVmResult",
]


class GetCandidateZonesClustersHostsForCreatingVmResult(ZStackModel):
    """The result of GetCandidateZonesClustersHostsForCreatingVm (ZStack's `GetCandidateZonesClustersHostsForCreatingVmResult`)."""

    clusters: list[ClusterInventory] | None = None
    """详情参考clusters (since 0.6)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    hosts: list[HostInventory] | None = None
    """详情参考hosts (since 0.6)"""

    success: bool | None = None
    """操作是否成功 (since 0.6)"""

    zones: list[ZoneInventory] | None = None
    """详情参考zones (since 0.6)"""
