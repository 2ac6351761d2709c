"""Result models: QueryArchiveTicketResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryArchiveTicketResult",
]


class QueryArchiveTicketResult(ZStackModel):
    """The result of QueryArchiveTicket (ZStack's `QueryArchiveTicketResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
