"""Result models: GetActiveAlarmStatusResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetActiveAlarmStatusResult",
]


class GetActiveAlarmStatusResult(ZStackModel):
    """The result of GetActiveAlarmStatus (ZStack's `GetActiveAlarmStatusResult`)."""

    error: ErrorCode | None = None

    statuses: list[Any] | None = None
