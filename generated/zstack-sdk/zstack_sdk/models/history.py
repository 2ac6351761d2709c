"""Result models: History (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "History",
]


class History(ZStackModel):
    """The ``History`` structure."""

    account_uuid: str | None = None
    """账户UUID (since 2.3)"""

    alarm_name: str | None = None
    """报警器名称 (since 2.3)"""

    alarm_status: str | None = None
    """报警器状态 (since 2.3)"""

    alarm_uuid: str | None = None
    """报警器UUID (since 2.3)"""

    labels: str | None = None
    """标签列表 (since 2.3)"""

    metric_name: str | None = None
    """监控项名称 (since 2.3)"""

    metric_value: float | None = None
    """监控项当时值 (since 2.3)"""

    namespace: str | None = None
    """名字空间名称 (since 2.3)"""

    period: int | None = None
    """阈值持续周期 (since 2.3)"""

    resource_type: str | None = None
    """资源类型 (since 2.3)"""

    resource_uuid: str | None = None
    """资源UUID (since 2.3)"""

    threshold: float | None = None
    """报警阈值 (since 2.3)"""

    time: int | None = None
    """报警纪录生成时间 (since 2.3)"""
