"""Result models: UpdateAccessControlRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .access_control_rule_inventory import AccessControlRuleInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateAccessControlRuleResult",
]


class UpdateAccessControlRuleResult(ZStackModel):
    """The result of UpdateAccessControlRule (ZStack's `UpdateAccessControlRuleResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.1)"""

    inventory: AccessControlRuleInventory | None = None
    """详情参考inventory (since 3.5.1)"""
