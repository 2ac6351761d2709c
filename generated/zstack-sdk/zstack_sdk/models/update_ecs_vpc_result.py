"""Result models: UpdateEcsVpcResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_vpc_inventory import EcsVpcInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateEcsVpcResult",
]


class UpdateEcsVpcResult(ZStackModel):
    """The result of UpdateEcsVpc (ZStack's `UpdateEcsVpcResult`)."""

    error: ErrorCode | None = None

    inventory: EcsVpcInventory | None = None
