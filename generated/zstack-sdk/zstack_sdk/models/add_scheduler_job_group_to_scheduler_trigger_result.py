"""Result models: AddSchedulerJobGroupToSchedulerTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .scheduler_job_group_scheduler_trigger_ref_inventory import (
    SchedulerJobGroupSchedulerTriggerRefInventory,
)

__all__ = [
    "AddSchedulerJobGroupToSchedulerTriggerResult",
]


class AddSchedulerJobGroupToSchedulerTriggerResult(ZStackModel):
    """The result of AddSchedulerJobGroupToSchedulerTrigger (ZStack's `AddSchedulerJobGroupToSchedulerTriggerResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.4.0)"""

    inventory: SchedulerJobGroupSchedulerTriggerRefInventory | None = None
    """详情参考inventory (since 3.4.0)"""
