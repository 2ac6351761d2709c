"""Result models: CreateMiniClusterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cluster_inventory import ClusterInventory

__all__ = [
    "CreateMiniClusterResult",
]


class CreateMiniClusterResult(ZStackModel):
    """The ``CreateMiniClusterResult`` structure."""

    inventory: ClusterInventory | None = None
