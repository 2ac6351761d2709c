"""Result models: DeleteIAM2TicketFlowResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteIAM2TicketFlowResult",
]


class DeleteIAM2TicketFlowResult(ZStackModel):
    """The result of DeleteIAM2TicketFlow (ZStack's `DeleteIAM2TicketFlowResult`)."""

    error: ErrorCode | None = None
