"""Result models: CreateEcsImageFromEcsSnapshotResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_image_inventory import EcsImageInventory

__all__ = [
    "CreateEcsImageFromEcsSnapshotResult",
]


class CreateEcsImageFromEcsSnapshotResult(ZStackModel):
    """The ``CreateEcsImageFromEcsSnapshotResult`` structure."""

    inventory: EcsImageInventory | None = None
