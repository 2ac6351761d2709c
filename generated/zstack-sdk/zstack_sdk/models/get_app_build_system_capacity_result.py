"""Result models: GetAppBuildSystemCapacityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetAppBuildSystemCapacityResult",
]


class GetAppBuildSystemCapacityResult(ZStackModel):
    """The result of GetAppBuildSystemCapacity (ZStack's `GetAppBuildSystemCapacityResult`)."""

    available_capacity: int | None = None

    error: ErrorCode | None = None

    total_capacity: int | None = None
