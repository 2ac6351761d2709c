"""Result models: AddMetricRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .metric_rule_template_inventory import MetricRuleTemplateInventory

__all__ = [
    "AddMetricRuleTemplateResult",
]


class AddMetricRuleTemplateResult(ZStackModel):
    """The ``AddMetricRuleTemplateResult`` structure."""

    inventory: MetricRuleTemplateInventory | None = None
