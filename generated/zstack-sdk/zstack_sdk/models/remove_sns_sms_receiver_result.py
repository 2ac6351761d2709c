"""Result models: RemoveSNSSmsReceiverResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveSNSSmsReceiverResult",
]


class RemoveSNSSmsReceiverResult(ZStackModel):
    """The result of RemoveSNSSmsReceiver (ZStack's `RemoveSNSSmsReceiverResult`)."""

    error: ErrorCode | None = None
