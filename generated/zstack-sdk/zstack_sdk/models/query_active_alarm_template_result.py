"""Result models: QueryActiveAlarmTemplateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryActiveAlarmTemplateResult",
]


class QueryActiveAlarmTemplateResult(ZStackModel):
    """The result of QueryActiveAlarmTemplate (ZStack's `QueryActiveAlarmTemplateResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
