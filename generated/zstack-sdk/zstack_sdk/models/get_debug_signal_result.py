"""Result models: GetDebugSignalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetDebugSignalResult",
]


class GetDebugSignalResult(ZStackModel):
    """The result of GetDebugSignal (ZStack's `GetDebugSignalResult`)."""

    error: ErrorCode | None = None

    signals: list[str] | None = None
