"""Result models: UsageReport (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "UsageReport",
]


class UsageReport(ZStackModel):
    """ZStack's `UsageReport`."""

    interval: int | None = None
    """interval (since 4.7.21)"""

    start_time: int | None = None
    """startTime (since 4.7.21)"""

    total_physical_capacities_history: list[int] | None = None

    used_physical_capacities_forecast: list[int] | None = None
    """usedPhysicalCapacitiesForecast (since 4.7.21)"""

    used_physical_capacities_history: list[int] | None = None
