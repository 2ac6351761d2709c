"""Result models: GetNoTriggerSchedulerJobsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .no_trigger_scheduler_jobs_inventory import NoTriggerSchedulerJobsInventory

__all__ = [
    "GetNoTriggerSchedulerJobsResult",
]


class GetNoTriggerSchedulerJobsResult(ZStackModel):
    """The ``GetNoTriggerSchedulerJobsResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[NoTriggerSchedulerJobsInventory] | None = None
    """详情参考inventories (since 0.6)"""
