"""Result models: DeleteResourceStackVmPortMonitorResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteResourceStackVmPortMonitorResult",
]


class DeleteResourceStackVmPortMonitorResult(ZStackModel):
    """The result of DeleteResourceStackVmPortMonitor (ZStack's `DeleteResourceStackVmPortMonitorResult`)."""

    error: ErrorCode | None = None
