"""Result models: QueryManagementNodeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .management_node_inventory import ManagementNodeInventory

__all__ = [
    "QueryManagementNodeResult",
]


class QueryManagementNodeResult(ZStackModel):
    """The result of QueryManagementNode (ZStack's `QueryManagementNodeResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[ManagementNodeInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
