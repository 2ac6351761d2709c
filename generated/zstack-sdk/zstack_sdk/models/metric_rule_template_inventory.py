"""Result models: MetricRuleTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .comparison_operator import ComparisonOperator
from .emergency_level import EmergencyLevel

__all__ = [
    "MetricRuleTemplateInventory",
]


class MetricRuleTemplateInventory(ZStackModel):
    """The ``MetricRuleTemplateInventory`` structure."""

    comparison_operator: ComparisonOperator | None = None

    create_date: ZStackDateTime | None = None

    emergency_level: EmergencyLevel | None = None

    enable_recovery: bool | None = None

    labels: str | None = None

    last_op_date: ZStackDateTime | None = None

    metric_name: str | None = None

    monitor_template_uuid: str | None = None

    name: str | None = None

    namespace: str | None = None

    period: int | None = None

    repeat_count: int | None = None

    repeat_interval: int | None = None

    threshold: float | None = None

    uuid: str | None = None
