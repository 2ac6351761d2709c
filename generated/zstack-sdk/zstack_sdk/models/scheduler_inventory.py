"""Result models: SchedulerInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SchedulerInventory",
]


class SchedulerInventory(ZStackModel):
    """The ``SchedulerInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    cron_scheduler: str | None = None
    """cronScheduler (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    repeat_count: int | None = None
    """repeatCount (since 0.6)"""

    scheduler_interval: int | None = None
    """schedulerInterval (since 0.6)"""

    scheduler_job: str | None = None
    """schedulerJob (since 0.6)"""

    scheduler_name: str | None = None
    """schedulerName (since 0.6)"""

    scheduler_type: str | None = None
    """schedulerType (since 0.6)"""

    start_time: ZStackDateTime | None = None
    """startTime (since 0.6)"""

    state: str | None = None
    """state (since 0.6)"""

    stop_time: ZStackDateTime | None = None
    """stopTime (since 0.6)"""

    target_resource_uuid: str | None = None
    """targetResourceUuid (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
