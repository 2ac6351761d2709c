"""Result models: SchedulerTriggerInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SchedulerTriggerInventory",
]


class SchedulerTriggerInventory(ZStackModel):
    """ZStack's `SchedulerTriggerInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    cron: str | None = None

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    job_groups_uuid: list[Any] | None = None

    jobs_uuid: list[Any] | None = None
    """jobsUuid (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    repeat_count: int | None = None
    """repeatCount (since 0.6)"""

    scheduler_interval: int | None = None
    """schedulerInterval (since 0.6)"""

    scheduler_type: str | None = None
    """schedulerType (since 0.6)"""

    start_time: ZStackDateTime | None = None
    """startTime (since 0.6)"""

    stop_time: ZStackDateTime | None = None
    """stopTime (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
