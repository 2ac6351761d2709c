"""Result models: MetricRuleTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "MetricRuleTemplateInventory",
]


class MetricRuleTemplateInventory(ZStackModel):
    """ZStack's `MetricRuleTemplateInventory`."""

    comparison_operator: (
        Literal["GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"] | str | None
    ) = None

    create_date: ZStackDateTime | None = None

    emergency_level: Literal["Emergent", "Important", "Normal"] | str | None = None

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
