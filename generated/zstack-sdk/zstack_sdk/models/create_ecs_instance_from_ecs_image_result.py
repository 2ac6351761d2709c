"""Result models: CreateEcsInstanceFromEcsImageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_instance_inventory import EcsInstanceInventory
from .error_code import ErrorCode

__all__ = [
    "CreateEcsInstanceFromEcsImageResult",
]


class CreateEcsInstanceFromEcsImageResult(ZStackModel):
    """The result of CreateEcsInstanceFromEcsImage (ZStack's `CreateEcsInstanceFromEcsImageResult`)."""

    error: ErrorCode | None = None

    inventory: EcsInstanceInventory | None = None
