"""Result models: QuerySchedulerJobGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .scheduler_job_group_inventory import SchedulerJobGroupInventory

__all__ = [
    "QuerySchedulerJobGroupResult",
]


class QuerySchedulerJobGroupResult(ZStackModel):
    """The result of QuerySchedulerJobGroup (ZStack's `QuerySchedulerJobGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.4.0)"""

    inventories: list[SchedulerJobGroupInventory] | None = None
    """详情参考inventories (since 3.4.0)"""

    total: int | None = None
