"""Result models: AttachNvmeServerToClusterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .nvme_server_inventory import NvmeServerInventory

__all__ = [
    "AttachNvmeServerToClusterResult",
]


class AttachNvmeServerToClusterResult(ZStackModel):
    """The result of AttachNvmeServerToCluster (ZStack's `AttachNvmeServerToClusterResult`)."""

    error: ErrorCode | None = None

    inventory: NvmeServerInventory | None = None
