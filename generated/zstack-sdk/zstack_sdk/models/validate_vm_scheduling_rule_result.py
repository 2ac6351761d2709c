"""Result models: ValidateVmSchedulingRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ValidateVmSchedulingRuleResult",
]


class ValidateVmSchedulingRuleResult(ZStackModel):
    """The result of ValidateVmSchedulingRule (ZStack's `ValidateVmSchedulingRuleResult`)."""

    error: ErrorCode | None = None
