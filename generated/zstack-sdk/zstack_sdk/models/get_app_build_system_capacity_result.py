"""Result models: GetAppBuildSystemCapacityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "GetAppBuildSystemCapacityResult",
]


class GetAppBuildSystemCapacityResult(ZStackModel):
    """The ``GetAppBuildSystemCapacityResult`` structure."""

    available_capacity: int | None = None

    total_capacity: int | None = None
