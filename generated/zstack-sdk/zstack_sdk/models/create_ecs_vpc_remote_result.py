"""Result models: CreateEcsVpcRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_vpc_inventory import EcsVpcInventory

__all__ = [
    "CreateEcsVpcRemoteResult",
]


class CreateEcsVpcRemoteResult(ZStackModel):
    """The ``CreateEcsVpcRemoteResult`` structure."""

    inventory: EcsVpcInventory | None = None
