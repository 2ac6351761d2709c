"""Result models: QueryDRSAdviceResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryDRSAdviceResult",
]


class QueryDRSAdviceResult(ZStackModel):
    """The result of QueryDRSAdvice (ZStack's `QueryDRSAdviceResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
