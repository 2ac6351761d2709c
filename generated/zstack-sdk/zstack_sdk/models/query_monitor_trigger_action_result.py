"""Result models: QueryMonitorTriggerActionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMonitorTriggerActionResult",
]


class QueryMonitorTriggerActionResult(ZStackModel):
    """The result of QueryMonitorTriggerAction (ZStack's `QueryMonitorTriggerActionResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
