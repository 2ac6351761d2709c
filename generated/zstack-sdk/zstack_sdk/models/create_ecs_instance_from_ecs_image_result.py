"""Result models: CreateEcsInstanceFromEcsImageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_instance_inventory import EcsInstanceInventory

__all__ = [
    "CreateEcsInstanceFromEcsImageResult",
]


class CreateEcsInstanceFromEcsImageResult(ZStackModel):
    """The ``CreateEcsInstanceFromEcsImageResult`` structure."""

    inventory: EcsInstanceInventory | None = None
