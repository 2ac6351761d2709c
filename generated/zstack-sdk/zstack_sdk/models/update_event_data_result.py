"""Result models: UpdateEventDataResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpdateEventDataResult",
]


class UpdateEventDataResult(ZStackModel):
    """The result of UpdateEventData (ZStack's `UpdateEventDataResult`)."""

    error: ErrorCode | None = None
