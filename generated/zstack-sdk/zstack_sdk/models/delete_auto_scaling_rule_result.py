"""Result models: DeleteAutoScalingRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAutoScalingRuleResult",
]


class DeleteAutoScalingRuleResult(ZStackModel):
    """The result of DeleteAutoScalingRule (ZStack's `DeleteAutoScalingRuleResult`)."""

    error: ErrorCode | None = None
