"""Result models: RemoveSchedulerJobsFromSchedulerJobGroupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveSchedulerJobsFromSchedulerJobGroupResult",
]


class RemoveSchedulerJobsFromSchedulerJobGroupResult(ZStackModel):
    """The result of RemoveSchedulerJobsFromSchedulerJobGroup (ZStack's `RemoveSchedulerJobsFromSchedulerJobGroupResult`)."""

    error: ErrorCode | None = None
