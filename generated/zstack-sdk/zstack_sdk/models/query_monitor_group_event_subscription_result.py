"""Result models: QueryMonitorGroupEventSubscriptionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryMonitorGroupEventSubscriptionResult",
]


class QueryMonitorGroupEventSubscriptionResult(ZStackModel):
    """The result of QueryMonitorGroupEventSubscription (ZStack's `QueryMonitorGroupEventSubscriptionResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
