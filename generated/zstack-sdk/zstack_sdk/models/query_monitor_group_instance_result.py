"""Result models: QueryMonitorGroupInstanceResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMonitorGroupInstanceResult",
]


class QueryMonitorGroupInstanceResult(ZStackModel):
    """The result of QueryMonitorGroupInstance (ZStack's `QueryMonitorGroupInstanceResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
