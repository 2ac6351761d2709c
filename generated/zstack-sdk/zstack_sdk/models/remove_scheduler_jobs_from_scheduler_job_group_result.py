"""Result models: RemoveSchedulerJobsFromSchedulerJobGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveSchedulerJobsFromSchedulerJobGroupResult",
]


class RemoveSchedulerJobsFromSchedulerJobGroupResult(ZStackModel):
    """The result of RemoveSchedulerJobsFromSchedulerJobGroup (ZStack's `RemoveSchedulerJobsFromSchedulerJobGroupResult`)."""

    error: ErrorCode | None = None
