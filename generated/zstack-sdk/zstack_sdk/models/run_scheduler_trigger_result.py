"""Result models: RunSchedulerTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RunSchedulerTriggerResult",
]


class RunSchedulerTriggerResult(ZStackModel):
    """The result of RunSchedulerTrigger (ZStack's `RunSchedulerTriggerResult`)."""

    error: ErrorCode | None = None
