"""Result models: DeleteReservedIpRangeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteReservedIpRangeResult",
]


class DeleteReservedIpRangeResult(ZStackModel):
    """The result of DeleteReservedIpRange (ZStack's `DeleteReservedIpRangeResult`)."""

    error: ErrorCode | None = None
