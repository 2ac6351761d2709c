"""Result models: CreateMetricTemplateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .metric_template_inventory import MetricTemplateInventory

__all__ = [
    "CreateMetricTemplateResult",
]


class CreateMetricTemplateResult(ZStackModel):
    """The ``CreateMetricTemplateResult`` structure."""

    inventory: MetricTemplateInventory | None = None
