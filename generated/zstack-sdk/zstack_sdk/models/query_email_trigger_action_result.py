"""Result models: QueryEmailTriggerActionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryEmailTriggerActionResult",
]


class QueryEmailTriggerActionResult(ZStackModel):
    """The result of QueryEmailTriggerAction (ZStack's `QueryMonitorTriggerActionResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
