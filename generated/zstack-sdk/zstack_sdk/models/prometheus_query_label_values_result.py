"""Result models: PrometheusQueryLabelValuesResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "PrometheusQueryLabelValuesResult",
]


class PrometheusQueryLabelValuesResult(ZStackModel):
    """The ``PrometheusQueryLabelValuesResult`` structure."""

    inventories: dict[str, Any] | None = None
