"""Result models: QueryAlertDataAckResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryAlertDataAckResult",
]


class QueryAlertDataAckResult(ZStackModel):
    """The result of QueryAlertDataAck (ZStack's `QueryAlertDataAckResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
