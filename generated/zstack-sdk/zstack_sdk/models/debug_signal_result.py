"""Result models: DebugSignalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DebugSignalResult",
]


class DebugSignalResult(ZStackModel):
    """The result of DebugSignal (ZStack's `DebugSignalResult`)."""

    error: ErrorCode | None = None
