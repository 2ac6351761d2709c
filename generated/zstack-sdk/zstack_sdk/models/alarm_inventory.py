"""Result models: AlarmInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from .._models import ZStackDateTime, ZStackModel
from .alarm_action_inventory import AlarmActionInventory

__all__ = [
    "AlarmInventory",
]


class AlarmInventory(ZStackModel):
    """ZStack's `AlarmInventory`."""

    actions: list[AlarmActionInventory] | None = None
    """详情参考actions (since 2.3)"""

    comparison_operator: (
        Literal["GreaterThanOrEqualTo", "GreaterThan", "LessThan", "LessThanOrEqualTo"] | str | None
    ) = None
    """详情参考comparisonOperator (since 2.3)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3)"""

    description: str | None = None
    """资源的详细描述 (since 2.3)"""

    emergency_level: str | None = None

    enable_recovery: bool | None = None
    """开启恢复通知 (since 3.4.0)"""

    labels: list[Any] | None = None
    """详情参考labels (since 2.3)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3)"""

    metric_name: str | None = None
    """监控项名称 (since 2.3)"""

    name: str | None = None
    """资源名称 (since 2.3)"""

    namespace: str | None = None
    """名字空间 (since 2.3)"""

    period: int | None = None
    """阈值持续时间 (since 2.3)"""

    repeat_count: int | None = None

    repeat_interval: int | None = None
    """报警重复时间 (since 2.3)"""

    state: Literal["Enabled", "Disabled"] | str | None = None

    status: Literal["OK", "Alarm", "InsufficientData"] | str | None = None
    """详情参考status (since 2.3)"""

    threshold: float | None = None
    """阈值 (since 2.3)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3)"""
