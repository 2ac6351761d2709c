"""Result models: NetworkRouterFlowMeterRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "NetworkRouterFlowMeterRefInventory",
]


class NetworkRouterFlowMeterRefInventory(ZStackModel):
    """ZStack's `NetworkRouterFlowMeterRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    flow_meter_uuid: str | None = None
    """flowMeterUuid (since 3.6.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.6.0)"""

    v_router_uuid: str | None = None
    """vRouterUuid (since 3.6.0)"""
