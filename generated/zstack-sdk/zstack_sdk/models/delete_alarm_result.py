"""Result models: DeleteAlarmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAlarmResult",
]


class DeleteAlarmResult(ZStackModel):
    """The result of DeleteAlarm (ZStack's `DeleteAlarmResult`)."""

    error: ErrorCode | None = None
