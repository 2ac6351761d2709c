"""Result models: QueryMonitorGroupAlarmResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMonitorGroupAlarmResult",
]


class QueryMonitorGroupAlarmResult(ZStackModel):
    """The result of QueryMonitorGroupAlarm (ZStack's `QueryMonitorGroupAlarmResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
