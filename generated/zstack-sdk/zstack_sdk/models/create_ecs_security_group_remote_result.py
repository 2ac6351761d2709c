"""Result models: CreateEcsSecurityGroupRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_security_group_inventory import EcsSecurityGroupInventory

__all__ = [
    "CreateEcsSecurityGroupRemoteResult",
]


class CreateEcsSecurityGroupRemoteResult(ZStackModel):
    """The ``CreateEcsSecurityGroupRemoteResult`` structure."""

    inventory: EcsSecurityGroupInventory | None = None
