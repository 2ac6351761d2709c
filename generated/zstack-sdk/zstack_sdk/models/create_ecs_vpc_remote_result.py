"""Result models: CreateEcsVpcRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_vpc_inventory import EcsVpcInventory
from .error_code import ErrorCode

__all__ = [
    "CreateEcsVpcRemoteResult",
]


class CreateEcsVpcRemoteResult(ZStackModel):
    """The result of CreateEcsVpcRemote (ZStack's `CreateEcsVpcRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: EcsVpcInventory | None = None
