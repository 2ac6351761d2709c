"""Result models: CreateEcsSecurityGroupRuleRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ecs_security_group_rule_inventory import EcsSecurityGroupRuleInventory
from .error_code import ErrorCode

__all__ = [
    "CreateEcsSecurityGroupRuleRemoteResult",
]


class CreateEcsSecurityGroupRuleRemoteResult(ZStackModel):
    """The result of CreateEcsSecurityGroupRuleRemote (ZStack's `CreateEcsSecurityGroupRuleRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: EcsSecurityGroupRuleInventory | None = None
