"""Result models: QueryMetricDataHttpReceiverResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMetricDataHttpReceiverResult",
]


class QueryMetricDataHttpReceiverResult(ZStackModel):
    """The result of QueryMetricDataHttpReceiver (ZStack's `QueryMetricDataHttpReceiverResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
