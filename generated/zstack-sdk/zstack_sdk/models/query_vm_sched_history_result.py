"""Result models: QueryVmSchedHistoryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_sched_history_inventory import VmSchedHistoryInventory

__all__ = [
    "QueryVmSchedHistoryResult",
]


class QueryVmSchedHistoryResult(ZStackModel):
    """The result of QueryVmSchedHistory (ZStack's `QueryVmSchedHistoryResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[VmSchedHistoryInventory] | None = None
    """详情参考inventories (since 4.4.24)"""

    success: bool | None = None
    """success (since 0.6)"""

    total: int | None = None
