"""Result models: SetVmMonitorNumberResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmMonitorNumberResult",
]


class SetVmMonitorNumberResult(ZStackModel):
    """The result of SetVmMonitorNumber (ZStack's `SetVmMonitorNumberResult`)."""

    error: ErrorCode | None = None
