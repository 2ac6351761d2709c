"""Result models: QueryFlowCollectorResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .flow_collector_inventory import FlowCollectorInventory

__all__ = [
    "QueryFlowCollectorResult",
]


class QueryFlowCollectorResult(ZStackModel):
    """The result of QueryFlowCollector (ZStack's `QueryFlowCollectorResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[FlowCollectorInventory] | None = None
    """详情参考inventories (since 3.6.0)"""

    total: int | None = None
