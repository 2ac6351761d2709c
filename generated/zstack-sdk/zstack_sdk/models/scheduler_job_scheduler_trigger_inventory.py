"""Result models: SchedulerJobSchedulerTriggerInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SchedulerJobSchedulerTriggerInventory",
]


class SchedulerJobSchedulerTriggerInventory(ZStackModel):
    """ZStack's `SchedulerJobSchedulerTriggerInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.1)"""

    scheduler_job_uuid: str | None = None
    """schedulerJobUuid (since 2.1)"""

    scheduler_trigger_uuid: str | None = None
    """schedulerTriggerUuid (since 2.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.1)"""
