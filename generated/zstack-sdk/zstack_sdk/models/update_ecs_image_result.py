"""Result models: UpdateEcsImageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_image_inventory import EcsImageInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateEcsImageResult",
]


class UpdateEcsImageResult(ZStackModel):
    """The result of UpdateEcsImage (ZStack's `UpdateEcsImageResult`)."""

    error: ErrorCode | None = None

    inventory: EcsImageInventory | None = None
