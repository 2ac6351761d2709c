"""Result models: QueryFlowMeterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .flow_meter_inventory import FlowMeterInventory

__all__ = [
    "QueryFlowMeterResult",
]


class QueryFlowMeterResult(ZStackModel):
    """The result of QueryFlowMeter (ZStack's `QueryFlowMeterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[FlowMeterInventory] | None = None
    """详情参考inventories (since 3.6.0)"""

    total: int | None = None
