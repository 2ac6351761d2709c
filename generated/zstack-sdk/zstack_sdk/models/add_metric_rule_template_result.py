"""Result models: AddMetricRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .metric_rule_template_inventory import MetricRuleTemplateInventory

__all__ = [
    "AddMetricRuleTemplateResult",
]


class AddMetricRuleTemplateResult(ZStackModel):
    """The result of AddMetricRuleTemplate (ZStack's `AddMetricRuleTemplateResult`)."""

    error: ErrorCode | None = None

    inventory: MetricRuleTemplateInventory | None = None
