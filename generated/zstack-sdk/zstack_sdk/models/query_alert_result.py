"""Result models: QueryAlertResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryAlertResult",
]


class QueryAlertResult(ZStackModel):
    """The result of QueryAlert (ZStack's `QueryAlertResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
