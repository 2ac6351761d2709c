"""Result models: PrometheusQueryVmMonitoringDataResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "PrometheusQueryVmMonitoringDataResult",
]


class PrometheusQueryVmMonitoringDataResult(ZStackModel):
    """The result of PrometheusQueryVmMonitoringData (ZStack's `PrometheusQueryVmMonitoringDataResult`)."""

    error: ErrorCode | None = None

    inventories: dict[str, Any] | None = None
