"""Result models: QueryCbtTaskResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cbt_task_inventory import CbtTaskInventory
from .error_code import ErrorCode

__all__ = [
    "QueryCbtTaskResult",
]


class QueryCbtTaskResult(ZStackModel):
    """The result of QueryCbtTask."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.3.28)"""

    inventories: list[CbtTaskInventory] | None = None
    """详情参考inventories (since 5.3.28)"""

    success: bool | None = None
    """success (since 5.3.28)"""

    total: int | None = None
    """Number of matches (count / reply_with_count)"""
