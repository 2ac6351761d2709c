"""Result models: CreateMetricTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .metric_template_inventory import MetricTemplateInventory

__all__ = [
    "CreateMetricTemplateResult",
]


class CreateMetricTemplateResult(ZStackModel):
    """The result of CreateMetricTemplate (ZStack's `CreateMetricTemplateResult`)."""

    error: ErrorCode | None = None

    inventory: MetricTemplateInventory | None = None
