"""Result models: DeleteAutoScalingGroupInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAutoScalingGroupInstanceResult",
]


class DeleteAutoScalingGroupInstanceResult(ZStackModel):
    """The result of DeleteAutoScalingGroupInstance (ZStack's `DeleteAutoScalingGroupInstanceResult`)."""

    error: ErrorCode | None = None
