"""Result models: QueryMonitorTemplateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMonitorTemplateResult",
]


class QueryMonitorTemplateResult(ZStackModel):
    """The result of QueryMonitorTemplate (ZStack's `QueryMonitorTemplateResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
