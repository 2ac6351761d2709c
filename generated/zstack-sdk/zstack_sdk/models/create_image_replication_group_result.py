"""Result models: CreateImageReplicationGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .image_replication_group_inventory import ImageReplicationGroupInventory

__all__ = [
    "CreateImageReplicationGroupResult",
]


class CreateImageReplicationGroupResult(ZStackModel):
    """The result of CreateImageReplicationGroup (ZStack's `CreateImageReplicationGroupResult`)."""

    error: ErrorCode | None = None

    inventory: ImageReplicationGroupInventory | None = None
