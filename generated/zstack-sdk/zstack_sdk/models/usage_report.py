"""Result models: UsageReport (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "UsageReport",
]


class UsageReport(ZStackModel):
    """The ``UsageReport`` structure."""

    total_physical_capacities_history: list[Any] | None = Field(
        None, alias="TotalPhysicalCapacitiesHistory"
    )
    """TotalPhysicalCapacitiesHistory (since 4.7.21)"""

    used_physical_capacities_history: list[Any] | None = Field(
        None, alias="UsedPhysicalCapacitiesHistory"
    )
    """UsedPhysicalCapacitiesHistory (since 4.7.21)"""

    interval: int | None = None
    """interval (since 4.7.21)"""

    start_time: int | None = None
    """startTime (since 4.7.21)"""

    used_physical_capacities_forecast: list[Any] | None = None
    """usedPhysicalCapacitiesForecast (since 4.7.21)"""
