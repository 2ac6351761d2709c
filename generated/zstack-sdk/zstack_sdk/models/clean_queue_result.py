"""Result models: CleanQueueResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CleanQueueResult",
]


class CleanQueueResult(ZStackModel):
    """The result of CleanQueue (ZStack's `CleanQueueResult`)."""

    error: ErrorCode | None = None
