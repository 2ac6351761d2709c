"""Result models: UpdateSchedulerJobGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .scheduler_job_group_inventory import SchedulerJobGroupInventory

__all__ = [
    "UpdateSchedulerJobGroupResult",
]


class UpdateSchedulerJobGroupResult(ZStackModel):
    """The result of UpdateSchedulerJobGroup (ZStack's `UpdateSchedulerJobGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.4.0)"""

    inventory: SchedulerJobGroupInventory | None = None
    """详情参考inventory (since 3.4.0)"""
