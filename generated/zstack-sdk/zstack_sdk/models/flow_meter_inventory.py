"""Result models: FlowMeterInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .flow_collector_inventory import FlowCollectorInventory
from .network_router_flow_meter_ref_inventory import NetworkRouterFlowMeterRefInventory

__all__ = [
    "FlowMeterInventory",
]


class FlowMeterInventory(ZStackModel):
    """ZStack's `FlowMeterInventory`."""

    collectors: list[FlowCollectorInventory] | None = None
    """详情参考collectors (since 3.6.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.6.0)"""

    expire_interval: int | None = None
    """流发送间隔 (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    name: str | None = None
    """资源名称 (since 3.6.0)"""

    network_refs: list[NetworkRouterFlowMeterRefInventory] | None = None
    """详情参考networkRefs (since 3.6.0)"""

    sample: int | None = None
    """流的采样率 (since 3.6.0)"""

    type: str | None = None
    """流量监控协议 (since 3.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.6.0)"""

    version: str | None = None
    """流量监控协议的版本 (since 3.6.0)"""
