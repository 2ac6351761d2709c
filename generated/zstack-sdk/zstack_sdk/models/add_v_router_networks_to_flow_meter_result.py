"""Result models: AddVRouterNetworksToFlowMeterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .network_router_flow_meter_ref_inventory import NetworkRouterFlowMeterRefInventory

__all__ = [
    "AddVRouterNetworksToFlowMeterResult",
]


class AddVRouterNetworksToFlowMeterResult(ZStackModel):
    """The result of AddVRouterNetworksToFlowMeter (ZStack's `AddVRouterNetworksToFlowMeterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[NetworkRouterFlowMeterRefInventory] | None = None
    """详情参考inventories (since 3.6.0)"""
