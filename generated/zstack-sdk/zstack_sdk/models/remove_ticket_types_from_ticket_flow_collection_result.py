"""Result models: RemoveTicketTypesFromTicketFlowCollectionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveTicketTypesFromTicketFlowCollectionResult",
]


class RemoveTicketTypesFromTicketFlowCollectionResult(ZStackModel):
    """The result of RemoveTicketTypesFromTicketFlowCollection (ZStack's `RemoveTicketTypesFromTicketFlowCollectionResult`)."""

    error: ErrorCode | None = None
