"""Result models: DeleteIpRangeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteIpRangeResult",
]


class DeleteIpRangeResult(ZStackModel):
    """The result of DeleteIpRange (ZStack's `DeleteIpRangeResult`)."""

    error: ErrorCode | None = None
