"""Result models: AttachMonitorTriggerActionToTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachMonitorTriggerActionToTriggerResult",
]


class AttachMonitorTriggerActionToTriggerResult(ZStackModel):
    """The result of AttachMonitorTriggerActionToTrigger (ZStack's `AttachMonitorTriggerActionToTriggerResult`)."""

    error: ErrorCode | None = None
