"""Result models: UpdatePriorityConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpdatePriorityConfigResult",
]


class UpdatePriorityConfigResult(ZStackModel):
    """The result of UpdatePriorityConfig (ZStack's `UpdatePriorityConfigResult`)."""

    error: ErrorCode | None = None
