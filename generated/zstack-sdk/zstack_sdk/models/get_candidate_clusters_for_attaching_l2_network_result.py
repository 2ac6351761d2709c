"""Result models: GetCandidateClustersForAttachingL2NetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cluster_inventory import ClusterInventory
from .error_code import ErrorCode

__all__ = [
    "GetCandidateClustersForAttachingL2NetworkResult",
]


class GetCandidateClustersForAttachingL2NetworkResult(ZStackModel):
    """The result of GetCandidateClustersForAttachingL2Network (ZStack's `GetCandidateClustersForAttachingL2NetworkResult`)."""

    error: ErrorCode | None = None

    inventories: list[ClusterInventory] | None = None
