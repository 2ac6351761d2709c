"""Result models: QueryMonitorGroupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMonitorGroupResult",
]


class QueryMonitorGroupResult(ZStackModel):
    """The result of QueryMonitorGroup (ZStack's `QueryMonitorGroupResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
