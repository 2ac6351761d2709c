"""Result models: CreateImageReplicationGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .image_replication_group_inventory import ImageReplicationGroupInventory

__all__ = [
    "CreateImageReplicationGroupResult",
]


class CreateImageReplicationGroupResult(ZStackModel):
    """The ``CreateImageReplicationGroupResult`` structure."""

    inventory: ImageReplicationGroupInventory | None = None
