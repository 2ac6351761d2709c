"""Result models: CreateEcsImageFromEcsSnapshotResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_image_inventory import EcsImageInventory
from .error_code import ErrorCode

__all__ = [
    "CreateEcsImageFromEcsSnapshotResult",
]


class CreateEcsImageFromEcsSnapshotResult(ZStackModel):
    """The result of CreateEcsImageFromEcsSnapshot (ZStack's `CreateEcsImageFromEcsSnapshotResult`)."""

    error: ErrorCode | None = None

    inventory: EcsImageInventory | None = None
