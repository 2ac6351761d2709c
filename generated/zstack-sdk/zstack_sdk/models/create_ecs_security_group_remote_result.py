"""Result models: CreateEcsSecurityGroupRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_security_group_inventory import EcsSecurityGroupInventory
from .error_code import ErrorCode

__all__ = [
    "CreateEcsSecurityGroupRemoteResult",
]


class CreateEcsSecurityGroupRemoteResult(ZStackModel):
    """The result of CreateEcsSecurityGroupRemote (ZStack's `CreateEcsSecurityGroupRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: EcsSecurityGroupInventory | None = None
