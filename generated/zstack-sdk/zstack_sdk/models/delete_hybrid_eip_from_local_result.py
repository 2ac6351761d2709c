"""Result models: DeleteHybridEipFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteHybridEipFromLocalResult",
]


class DeleteHybridEipFromLocalResult(ZStackModel):
    """The result of DeleteHybridEipFromLocal (ZStack's `DeleteHybridEipFromLocalResult`)."""

    error: ErrorCode | None = None
