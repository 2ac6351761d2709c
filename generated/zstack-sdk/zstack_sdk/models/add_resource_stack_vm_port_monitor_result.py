"""Result models: AddResourceStackVmPortMonitorResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddResourceStackVmPortMonitorResult",
]


class AddResourceStackVmPortMonitorResult(ZStackModel):
    """The result of AddResourceStackVmPortMonitor (ZStack's `AddResourceStackVmPortMonitorResult`)."""

    error: ErrorCode | None = None
