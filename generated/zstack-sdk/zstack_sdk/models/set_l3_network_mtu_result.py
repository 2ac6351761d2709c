"""Result models: SetL3NetworkMtuResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetL3NetworkMtuResult",
]


class SetL3NetworkMtuResult(ZStackModel):
    """The result of SetL3NetworkMtu (ZStack's `SetL3NetworkMtuResult`)."""

    error: ErrorCode | None = None
