"""Result models: DeleteTicketFlowCollectionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteTicketFlowCollectionResult",
]


class DeleteTicketFlowCollectionResult(ZStackModel):
    """The result of DeleteTicketFlowCollection (ZStack's `DeleteTicketFlowCollectionResult`)."""

    error: ErrorCode | None = None
