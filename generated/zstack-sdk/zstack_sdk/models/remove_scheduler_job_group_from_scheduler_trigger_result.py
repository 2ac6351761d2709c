"""Result models: RemoveSchedulerJobGroupFromSchedulerTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveSchedulerJobGroupFromSchedulerTriggerResult",
]


class RemoveSchedulerJobGroupFromSchedulerTriggerResult(ZStackModel):
    """The result of RemoveSchedulerJobGroupFromSchedulerTrigger (ZStack's `RemoveSchedulerJobGroupFromSchedulerTriggerResult`)."""

    error: ErrorCode | None = None
