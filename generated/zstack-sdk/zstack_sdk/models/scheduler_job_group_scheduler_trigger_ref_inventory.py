"""Result models: SchedulerJobGroupSchedulerTriggerRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SchedulerJobGroupSchedulerTriggerRefInventory",
]


class SchedulerJobGroupSchedulerTriggerRefInventory(ZStackModel):
    """ZStack's `SchedulerJobGroupSchedulerTriggerRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.4.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.4.0)"""

    scheduler_job_group_uuid: str | None = None
    """定时任务组UUID (since 3.4.0)"""

    scheduler_trigger_uuid: str | None = None
    """触发器UUID (since 3.4.0)"""
