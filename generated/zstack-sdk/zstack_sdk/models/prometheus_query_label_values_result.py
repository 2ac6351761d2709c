"""Result models: PrometheusQueryLabelValuesResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "PrometheusQueryLabelValuesResult",
]


class PrometheusQueryLabelValuesResult(ZStackModel):
    """The result of PrometheusQueryLabelValues (ZStack's `PrometheusQueryLabelValuesResult`)."""

    error: ErrorCode | None = None

    inventories: dict[str, Any] | None = None
