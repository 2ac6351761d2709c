"""Result models: RemoveVmSchedulingRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveVmSchedulingRuleResult",
]


class RemoveVmSchedulingRuleResult(ZStackModel):
    """The result of RemoveVmSchedulingRule (ZStack's `DeleteAffinityGroupResult`)."""

    error: ErrorCode | None = None
