"""Result models: SchedulerJobHistoryInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SchedulerJobHistoryInventory",
]


class SchedulerJobHistoryInventory(ZStackModel):
    """ZStack's `SchedulerJobHistoryInventory`."""

    execute_time: int | None = None
    """执行时长 (since 3.5.0)"""

    fire_instance_id: str | None = None

    id: int | None = None
    """id (since 3.5.0)"""

    job_type: str | None = None

    request_dump: str | None = None
    """任务请求 (since 3.5.0)"""

    result_dump: str | None = None
    """任务结果 (since 3.5.0)"""

    scheduler_job_group_uuid: str | None = None
    """定时任务组UUID (since 3.5.0)"""

    scheduler_job_uuid: str | None = None
    """定时任务UUID (since 3.5.0)"""

    start_time: ZStackDateTime | None = None
    """开始时间 (since 3.5.0)"""

    success: bool | None = None
    """success (since 3.5.0)"""

    target_resource_uuid: str | None = None
    """目标资源UUID (since 3.5.0)"""

    trigger_uuid: str | None = None
    """定时器UUID (since 3.5.0)"""
