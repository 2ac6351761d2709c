"""Result models: RemoveInstanceFromMonitorGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveInstanceFromMonitorGroupResult",
]


class RemoveInstanceFromMonitorGroupResult(ZStackModel):
    """The result of RemoveInstanceFromMonitorGroup (ZStack's `RemoveInstanceFromMonitorGroupResult`)."""

    error: ErrorCode | None = None
