"""Result models: SyncVmClockResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncVmClockResult",
]


class SyncVmClockResult(ZStackModel):
    """The result of SyncVmClock (ZStack's `SyncVmClockResult`)."""

    error: ErrorCode | None = None
