"""Result models: ValidateSecurityGroupRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ValidateSecurityGroupRuleResult",
]


class ValidateSecurityGroupRuleResult(ZStackModel):
    """The result of ValidateSecurityGroupRule (ZStack's `ValidateSecurityGroupRuleResult`)."""

    available: bool | None = None
    """规则是否可用 (since 4.7.21)"""

    code: str | None = None
    """规则检验错误码 (since 4.7.21)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.21)"""

    reason: str | None = None
    """原因 (since 4.7.21)"""

    success: bool | None = None
    """success (since 4.7.21)"""
