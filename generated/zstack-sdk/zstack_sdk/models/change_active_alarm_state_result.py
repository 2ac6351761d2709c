"""Result models: ChangeActiveAlarmStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ChangeActiveAlarmStateResult",
]


class ChangeActiveAlarmStateResult(ZStackModel):
    """The result of ChangeActiveAlarmState (ZStack's `ChangeActiveAlarmStateResult`)."""

    error: ErrorCode | None = None
