"""Result models: UpdateVmPriorityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpdateVmPriorityResult",
]


class UpdateVmPriorityResult(ZStackModel):
    """The result of UpdateVmPriority (ZStack's `UpdateVmPriorityResult`)."""

    error: ErrorCode | None = None
