"""Result models: DetachHostFromHostSchedulingRuleGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachHostFromHostSchedulingRuleGroupResult",
]


class DetachHostFromHostSchedulingRuleGroupResult(ZStackModel):
    """The result of DetachHostFromHostSchedulingRuleGroup (ZStack's `DetachHostFromHostSchedulingRuleGroupResult`)."""

    error: ErrorCode | None = None
