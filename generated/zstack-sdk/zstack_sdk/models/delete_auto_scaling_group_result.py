"""Result models: DeleteAutoScalingGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAutoScalingGroupResult",
]


class DeleteAutoScalingGroupResult(ZStackModel):
    """The result of DeleteAutoScalingGroup (ZStack's `DeleteAutoScalingGroupResult`)."""

    error: ErrorCode | None = None
