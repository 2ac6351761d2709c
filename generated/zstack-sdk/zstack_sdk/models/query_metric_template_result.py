"""Result models: QueryMetricTemplateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMetricTemplateResult",
]


class QueryMetricTemplateResult(ZStackModel):
    """The result of QueryMetricTemplate (ZStack's `QueryMetricDataHttpReceiverResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
