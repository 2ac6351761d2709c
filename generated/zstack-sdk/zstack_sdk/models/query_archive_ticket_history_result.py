"""Result models: QueryArchiveTicketHistoryResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryArchiveTicketHistoryResult",
]


class QueryArchiveTicketHistoryResult(ZStackModel):
    """The result of QueryArchiveTicketHistory (ZStack's `QueryArchiveTicketHistoryResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
