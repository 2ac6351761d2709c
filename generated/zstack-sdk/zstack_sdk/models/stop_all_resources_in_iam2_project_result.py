"""Result models: StopAllResourcesInIAM2ProjectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "StopAllResourcesInIAM2ProjectResult",
]


class StopAllResourcesInIAM2ProjectResult(ZStackModel):
    """The result of StopAllResourcesInIAM2Project (ZStack's `StopAllResourcesInIAM2ProjectResult`)."""

    error: ErrorCode | None = None
