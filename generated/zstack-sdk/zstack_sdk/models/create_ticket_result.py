"""Result models: CreateTicketResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .ticket_inventory import TicketInventory

__all__ = [
    "CreateTicketResult",
]


class CreateTicketResult(ZStackModel):
    """The result of CreateTicket (ZStack's `CreateTicketResult`)."""

    error: ErrorCode | None = None

    inventory: TicketInventory | None = None
