"""Result models: UpdateEcsInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_instance_inventory import EcsInstanceInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateEcsInstanceResult",
]


class UpdateEcsInstanceResult(ZStackModel):
    """The result of UpdateEcsInstance (ZStack's `UpdateEcsInstanceResult`)."""

    error: ErrorCode | None = None

    inventory: EcsInstanceInventory | None = None
