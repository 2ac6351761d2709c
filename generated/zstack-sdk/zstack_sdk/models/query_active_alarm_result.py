"""Result models: QueryActiveAlarmResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryActiveAlarmResult",
]


class QueryActiveAlarmResult(ZStackModel):
    """The result of QueryActiveAlarm (ZStack's `QueryActiveAlarmResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
