"""Result models: RemoveSchedulerJobFromSchedulerTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveSchedulerJobFromSchedulerTriggerResult",
]


class RemoveSchedulerJobFromSchedulerTriggerResult(ZStackModel):
    """The result of RemoveSchedulerJobFromSchedulerTrigger (ZStack's `RemoveSchedulerJobFromSchedulerTriggerResult`)."""

    error: ErrorCode | None = None
