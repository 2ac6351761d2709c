"""Result models: QueryEventFromResourceStackResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cloud_formation_stack_event_inventory import CloudFormationStackEventInventory
from .error_code import ErrorCode

__all__ = [
    "QueryEventFromResourceStackResult",
]


class QueryEventFromResourceStackResult(ZStackModel):
    """The result of QueryEventFromResourceStack (ZStack's `QueryEventFromResourceStackResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.5.0)"""

    inventories: list[CloudFormationStackEventInventory] | None = None
    """详情参考inventories (since 2.5.0)"""

    total: int | None = None
