"""Result models: CreateFlowMeterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .flow_meter_inventory import FlowMeterInventory

__all__ = [
    "CreateFlowMeterResult",
]


class CreateFlowMeterResult(ZStackModel):
    """The result of CreateFlowMeter (ZStack's `CreateFlowMeterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventory: FlowMeterInventory | None = None
    """详情参考inventory (since 3.6.0)"""
