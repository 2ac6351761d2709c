"""Result models: ActiveAlarmTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ActiveAlarmTemplateInventory",
]


class ActiveAlarmTemplateInventory(ZStackModel):
    """ZStack's `ActiveAlarmTemplateInventory`."""

    alarm_name: str | None = None
    """alarmName (since 4.7.0)"""

    comparison_operator: (
        Literal["GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"] | str | None
    ) = None
    """详情参考comparisonOperator (since 4.7.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.7.0)"""

    emergency_level: Literal["Emergent", "Important", "Normal"] | str | None = None
    """详情参考emergencyLevel (since 4.7.0)"""

    labels: str | None = None
    """labels (since 4.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.7.0)"""

    metric_name: str | None = None
    """metricName (since 4.7.0)"""

    namespace: str | None = None
    """namespace (since 4.7.0)"""

    period: int | None = None
    """period (since 4.7.0)"""

    repeat_count: int | None = None
    """repeatCount (since 4.7.0)"""

    repeat_interval: int | None = None
    """repeatInterval (since 4.7.0)"""

    threshold: float | None = None
    """threshold (since 4.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.7.0)"""
