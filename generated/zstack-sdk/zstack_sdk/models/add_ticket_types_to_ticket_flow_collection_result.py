"""Result models: AddTicketTypesToTicketFlowCollectionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddTicketTypesToTicketFlowCollectionResult",
]


class AddTicketTypesToTicketFlowCollectionResult(ZStackModel):
    """The result of AddTicketTypesToTicketFlowCollection (ZStack's `AddTicketTypesToTicketFlowCollectionResult`)."""

    error: ErrorCode | None = None
