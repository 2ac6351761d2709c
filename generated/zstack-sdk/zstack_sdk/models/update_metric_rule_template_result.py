"""Result models: UpdateMetricRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .metric_rule_template_inventory import MetricRuleTemplateInventory

__all__ = [
    "UpdateMetricRuleTemplateResult",
]


class UpdateMetricRuleTemplateResult(ZStackModel):
    """The result of UpdateMetricRuleTemplate (ZStack's `UpdateMetricRuleTemplateResult`)."""

    error: ErrorCode | None = None

    inventory: MetricRuleTemplateInventory | None = None
