"""Result models: QueryLogServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryLogServerResult",
]


class QueryLogServerResult(ZStackModel):
    """The result of QueryLogServer."""

    error: ErrorCode | None = None

    total: int | None = None
    """Number of matches (count / reply_with_count)"""
