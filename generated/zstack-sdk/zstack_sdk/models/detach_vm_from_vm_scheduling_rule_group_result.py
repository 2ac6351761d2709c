"""Result models: DetachVmFromVmSchedulingRuleGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachVmFromVmSchedulingRuleGroupResult",
]


class DetachVmFromVmSchedulingRuleGroupResult(ZStackModel):
    """The result of DetachVmFromVmSchedulingRuleGroup (ZStack's `DetachVmFromVmSchedulingRuleGroupResult`)."""

    error: ErrorCode | None = None
