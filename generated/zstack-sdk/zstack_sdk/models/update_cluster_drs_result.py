"""Result models: UpdateClusterDRSResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cluster_drs_inventory import ClusterDRSInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateClusterDRSResult",
]


class UpdateClusterDRSResult(ZStackModel):
    """The result of UpdateClusterDRS (ZStack's `UpdateClusterDRSResult`)."""

    error: ErrorCode | None = None

    inventory: ClusterDRSInventory | None = None
