"""Result models: CreateEcsSecurityGroupRuleRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_security_group_rule_inventory import EcsSecurityGroupRuleInventory

__all__ = [
    "CreateEcsSecurityGroupRuleRemoteResult",
]


class CreateEcsSecurityGroupRuleRemoteResult(ZStackModel):
    """The ``CreateEcsSecurityGroupRuleRemoteResult`` structure."""

    inventory: EcsSecurityGroupRuleInventory | None = None
