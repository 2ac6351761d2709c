"""Result models: GetNoTriggerSchedulerJobsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .scheduler_job_inventory import SchedulerJobInventory

__all__ = [
    "GetNoTriggerSchedulerJobsResult",
]


class GetNoTriggerSchedulerJobsResult(ZStackModel):
    """The result of GetNoTriggerSchedulerJobs (ZStack's `GetNoTriggerSchedulerJobsResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[SchedulerJobInventory] | None = None
    """详情参考inventories (since 0.6)"""
