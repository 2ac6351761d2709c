"""Result models: CreateStartVmInstanceSchedulerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .scheduler_inventory import SchedulerInventory

__all__ = [
    "CreateStartVmInstanceSchedulerResult",
]


class CreateStartVmInstanceSchedulerResult(ZStackModel):
    """The result of CreateStartVmInstanceScheduler."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 1.6)"""

    inventory: SchedulerInventory | None = None
    """详情参考inventory (since 1.6)"""
