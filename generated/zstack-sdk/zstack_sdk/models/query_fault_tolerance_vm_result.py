"""Result models: QueryFaultToleranceVmResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryFaultToleranceVmResult",
]


class QueryFaultToleranceVmResult(ZStackModel):
    """The result of QueryFaultToleranceVm (ZStack's `QueryFaultToleranceVmResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
