"""Result models: SchedulerJobGroupInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SchedulerJobGroupInventory",
]


class SchedulerJobGroupInventory(ZStackModel):
    """ZStack's `SchedulerJobGroupInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.4.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.4.0)"""

    job_data: str | None = None
    """任务参数 (since 3.4.0)"""

    job_type: str | None = None

    jobs_uuid: list[Any] | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.4.0)"""

    name: str | None = None
    """资源名称 (since 3.4.0)"""

    state: str | None = None
    """定时任务组的状态 (since 3.4.0)"""

    triggers_uuid: list[Any] | None = None
    """触发器UUID (since 3.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.4.0)"""
