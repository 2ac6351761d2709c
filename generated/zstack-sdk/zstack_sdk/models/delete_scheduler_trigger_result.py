"""Result models: DeleteSchedulerTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSchedulerTriggerResult",
]


class DeleteSchedulerTriggerResult(ZStackModel):
    """The result of DeleteSchedulerTrigger (ZStack's `DeleteSchedulerTriggerResult`)."""

    error: ErrorCode | None = None
