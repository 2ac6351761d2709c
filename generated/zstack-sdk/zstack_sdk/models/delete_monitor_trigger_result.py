"""Result models: DeleteMonitorTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteMonitorTriggerResult",
]


class DeleteMonitorTriggerResult(ZStackModel):
    """The result of DeleteMonitorTrigger (ZStack's `DeleteMonitorTriggerResult`)."""

    error: ErrorCode | None = None
