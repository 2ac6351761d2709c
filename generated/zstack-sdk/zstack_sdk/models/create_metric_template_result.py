"""Result models: CreateMetricTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .metric_template_inventory import MetricTemplateInventory

__all__ = [
    "CreateMetricTemplateResult",
]


class CreateMetricTemplateResult(ZStackModel):
    """The ``CreateMetricTemplateResult`` structure."""

    inventory: MetricTemplateInventory | None = None
