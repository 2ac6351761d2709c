"""Result models: DeleteAutoScalingRuleTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAutoScalingRuleTriggerResult",
]


class DeleteAutoScalingRuleTriggerResult(ZStackModel):
    """The result of DeleteAutoScalingRuleTrigger (ZStack's `DeleteAutoScalingRuleTriggerResult`)."""

    error: ErrorCode | None = None
