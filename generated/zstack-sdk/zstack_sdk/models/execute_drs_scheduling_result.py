"""Result models: ExecuteDRSSchedulingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ExecuteDRSSchedulingResult",
]


class ExecuteDRSSchedulingResult(ZStackModel):
    """The result of ExecuteDRSScheduling (ZStack's `ExecuteDRSSchedulingResult`)."""

    error: ErrorCode | None = None
