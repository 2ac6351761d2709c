"""Result models: QuerySchedulerJobHistoryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .scheduler_job_history_inventory import SchedulerJobHistoryInventory

__all__ = [
    "QuerySchedulerJobHistoryResult",
]


class QuerySchedulerJobHistoryResult(ZStackModel):
    """The result of QuerySchedulerJobHistory (ZStack's `QuerySchedulerJobHistoryResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.0)"""

    inventories: list[SchedulerJobHistoryInventory] | None = None
    """详情参考inventories (since 3.5.0)"""

    total: int | None = None
