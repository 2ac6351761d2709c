"""Result models: CreateClusterDRSResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cluster_drs_inventory import ClusterDRSInventory
from .error_code import ErrorCode

__all__ = [
    "CreateClusterDRSResult",
]


class CreateClusterDRSResult(ZStackModel):
    """The result of CreateClusterDRS (ZStack's `CreateClusterDRSResult`)."""

    error: ErrorCode | None = None

    inventory: ClusterDRSInventory | None = None
