"""Result models: DeleteSchedulerJobGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSchedulerJobGroupResult",
]


class DeleteSchedulerJobGroupResult(ZStackModel):
    """The result of DeleteSchedulerJobGroup (ZStack's `DeleteSchedulerJobGroupResult`)."""

    error: ErrorCode | None = None
