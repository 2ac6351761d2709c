"""Result models: QueryMonitorTriggerResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMonitorTriggerResult",
]


class QueryMonitorTriggerResult(ZStackModel):
    """The result of QueryMonitorTrigger (ZStack's `QueryMonitorTriggerResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
