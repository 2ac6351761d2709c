"""Result models: DetachMonitorTriggerActionFromTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachMonitorTriggerActionFromTriggerResult",
]


class DetachMonitorTriggerActionFromTriggerResult(ZStackModel):
    """The result of DetachMonitorTriggerActionFromTrigger (ZStack's `DetachMonitorTriggerActionFromTriggerResult`)."""

    error: ErrorCode | None = None
