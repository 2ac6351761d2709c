"""Result models: DeleteTicketResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteTicketResult",
]


class DeleteTicketResult(ZStackModel):
    """The result of DeleteTicket (ZStack's `DeleteTicketResult`)."""

    error: ErrorCode | None = None
