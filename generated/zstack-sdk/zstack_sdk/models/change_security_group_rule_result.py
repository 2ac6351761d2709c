"""Result models: ChangeSecurityGroupRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .security_group_rule_inventory import SecurityGroupRuleInventory

__all__ = [
    "ChangeSecurityGroupRuleResult",
]


class ChangeSecurityGroupRuleResult(ZStackModel):
    """The result of ChangeSecurityGroupRule (ZStack's `ChangeSecurityGroupRuleResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.21)"""

    inventory: SecurityGroupRuleInventory | None = None
    """详情参考inventory (since 4.7.21)"""

    success: bool | None = None
    """success (since 4.7.21)"""
