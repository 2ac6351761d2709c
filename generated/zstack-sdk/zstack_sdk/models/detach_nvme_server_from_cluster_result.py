"""Result models: DetachNvmeServerFromClusterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .nvme_server_inventory import NvmeServerInventory

__all__ = [
    "DetachNvmeServerFromClusterResult",
]


class DetachNvmeServerFromClusterResult(ZStackModel):
    """The result of DetachNvmeServerFromCluster (ZStack's `DetachNvmeServerFromClusterResult`)."""

    error: ErrorCode | None = None

    inventory: NvmeServerInventory | None = None
