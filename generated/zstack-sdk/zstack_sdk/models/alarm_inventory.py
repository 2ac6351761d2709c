"""Result models: AlarmInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .action import Action
from .alarm_status import AlarmStatus
from .comparison_operator import ComparisonOperator
from .label import Label

__all__ = [
    "AlarmInventory",
]


class AlarmInventory(ZStackModel):
    """The ``AlarmInventory`` structure."""

    actions: list[Action] | None = None
    """详情参考actions (since 2.3)"""

    comparison_operator: ComparisonOperator | None = None
    """详情参考comparisonOperator (since 2.3)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3)"""

    description: str | None = None
    """资源的详细描述 (since 2.3)"""

    enable_recovery: bool | None = None
    """开启恢复通知 (since 3.4.0)"""

    labels: list[Label] | None = None
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

    repeat_interval: int | None = None
    """报警重复时间 (since 2.3)"""

    status: AlarmStatus | None = None
    """详情参考status (since 2.3)"""

    threshold: float | None = None
    """阈值 (since 2.3)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3)"""
