"""Result models: UpdateFlowCollectorResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .flow_collector_inventory import FlowCollectorInventory

__all__ = [
    "UpdateFlowCollectorResult",
]


class UpdateFlowCollectorResult(ZStackModel):
    """The result of UpdateFlowCollector (ZStack's `CreateFlowCollectorResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventory: FlowCollectorInventory | None = None
    """详情参考inventory (since 3.6.0)"""
