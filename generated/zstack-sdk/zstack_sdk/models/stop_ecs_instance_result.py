"""Result models: StopEcsInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "StopEcsInstanceResult",
]


class StopEcsInstanceResult(ZStackModel):
    """The result of StopEcsInstance (ZStack's `StopEcsInstanceResult`)."""

    error: ErrorCode | None = None
