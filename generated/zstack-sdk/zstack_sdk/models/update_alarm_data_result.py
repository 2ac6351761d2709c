"""Result models: UpdateAlarmDataResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpdateAlarmDataResult",
]


class UpdateAlarmDataResult(ZStackModel):
    """The result of UpdateAlarmData (ZStack's `UpdateAlarmDataResult`)."""

    error: ErrorCode | None = None
