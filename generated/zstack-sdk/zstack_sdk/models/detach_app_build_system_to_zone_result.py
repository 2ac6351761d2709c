"""Result models: DetachAppBuildSystemToZoneResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachAppBuildSystemToZoneResult",
]


class DetachAppBuildSystemToZoneResult(ZStackModel):
    """The result of DetachAppBuildSystemToZone (ZStack's `DetachAppBuildSystemToZoneResult`)."""

    error: ErrorCode | None = None
