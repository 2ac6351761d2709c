"""Result models: GetTaskProgressResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .task_progress_inventory import TaskProgressInventory

__all__ = [
    "GetTaskProgressResult",
]


class GetTaskProgressResult(ZStackModel):
    """The result of GetTaskProgress (ZStack's `GetTaskProgressResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[TaskProgressInventory] | None = None
    """详情参考inventories (since 0.6)"""
