"""Result models: AddSchedulerJobsToSchedulerJobGroupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddSchedulerJobsToSchedulerJobGroupResult",
]


class AddSchedulerJobsToSchedulerJobGroupResult(ZStackModel):
    """The result of AddSchedulerJobsToSchedulerJobGroup (ZStack's `AddSchedulerJobsToSchedulerJobGroupResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
