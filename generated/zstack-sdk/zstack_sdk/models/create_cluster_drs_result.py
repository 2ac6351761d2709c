"""Result models: CreateClusterDRSResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cluster_drs_inventory import ClusterDRSInventory

__all__ = [
    "CreateClusterDRSResult",
]


class CreateClusterDRSResult(ZStackModel):
    """The ``CreateClusterDRSResult`` structure."""

    inventory: ClusterDRSInventory | None = None
