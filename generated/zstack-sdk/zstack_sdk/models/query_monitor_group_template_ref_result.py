"""Result models: QueryMonitorGroupTemplateRefResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMonitorGroupTemplateRefResult",
]


class QueryMonitorGroupTemplateRefResult(ZStackModel):
    """The result of QueryMonitorGroupTemplateRef (ZStack's `QueryMonitorGroupTemplateRefResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
