"""Result models: DeleteMonitorTriggerActionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteMonitorTriggerActionResult",
]


class DeleteMonitorTriggerActionResult(ZStackModel):
    """The result of DeleteMonitorTriggerAction (ZStack's `DeleteMonitorTriggerActionResult`)."""

    error: ErrorCode | None = None
