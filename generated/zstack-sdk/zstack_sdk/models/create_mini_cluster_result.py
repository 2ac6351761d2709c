"""Result models: CreateMiniClusterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cluster_inventory import ClusterInventory
from .error_code import ErrorCode

__all__ = [
    "CreateMiniClusterResult",
]


class CreateMiniClusterResult(ZStackModel):
    """The result of CreateMiniCluster (ZStack's `CreateMiniClusterResult`)."""

    error: ErrorCode | None = None

    inventory: ClusterInventory | None = None
