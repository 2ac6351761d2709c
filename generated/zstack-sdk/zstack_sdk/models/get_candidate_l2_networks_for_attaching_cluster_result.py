"""Result models: GetCandidateL2NetworksForAttachingClusterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l2_network_data import L2NetworkData

__all__ = [
    "GetCandidateL2NetworksForAttachingClusterResult",
]


class GetCandidateL2NetworksForAttachingClusterResult(ZStackModel):
    """The result of GetCandidateL2NetworksForAttachingCluster (ZStack's `GetCandidateL2NetworksForAttachingClusterResult`)."""

    error: ErrorCode | None = None

    inventories: list[L2NetworkData] | None = None
