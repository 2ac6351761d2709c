"""Result models: CreateEcsImageFromLocalImageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_image_inventory import EcsImageInventory
from .error_code import ErrorCode

__all__ = [
    "CreateEcsImageFromLocalImageResult",
]


class CreateEcsImageFromLocalImageResult(ZStackModel):
    """The result of CreateEcsImageFromLocalImage (ZStack's `CreateEcsImageFromLocalImageResult`)."""

    error: ErrorCode | None = None

    inventory: EcsImageInventory | None = None
