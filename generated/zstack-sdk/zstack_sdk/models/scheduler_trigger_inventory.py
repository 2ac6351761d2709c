"""Result models: SchedulerTriggerInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SchedulerTriggerInventory",
]


class SchedulerTriggerInventory(ZStackModel):
    """The ``SchedulerTriggerInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    jobs_uuid: list[Any] | None = None
    """jobsUuid (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    platform: str | None = None
    """平台 (since 5.2.0)"""

    render_params: str | None = None
    """参数 (since 5.2.0)"""

    repeat_count: int | None = None
    """repeatCount (since 0.6)"""

    scheduler_interval: int | None = None
    """schedulerInterval (since 0.6)"""

    scheduler_type: str | None = None
    """schedulerType (since 0.6)"""

    script_content: str | None = None
    """脚本内容 (since 5.2.0)"""

    script_timeout: int | None = None
    """超时时间 (since 5.2.0)"""

    script_type: str | None = None
    """类型 (since 5.2.0)"""

    start_time: ZStackDateTime | None = None
    """startTime (since 0.6)"""

    stop_time: ZStackDateTime | None = None
    """stopTime (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
