"""Result models: UpdateEcsSecurityGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_security_group_inventory import EcsSecurityGroupInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateEcsSecurityGroupResult",
]


class UpdateEcsSecurityGroupResult(ZStackModel):
    """The result of UpdateEcsSecurityGroup (ZStack's `UpdateEcsSecurityGroupResult`)."""

    error: ErrorCode | None = None

    inventory: EcsSecurityGroupInventory | None = None
