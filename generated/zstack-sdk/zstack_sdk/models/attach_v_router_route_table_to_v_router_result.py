"""Result models: AttachVRouterRouteTableToVRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .v_router_route_table_inventory import VRouterRouteTableInventory

__all__ = [
    "AttachVRouterRouteTableToVRouterResult",
]


class AttachVRouterRouteTableToVRouterResult(ZStackModel):
    """The result of AttachVRouterRouteTableToVRouter (ZStack's `AttachVRouterRouteTableToVRouterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.1)"""

    inventory: VRouterRouteTableInventory | None = None
    """详情参考inventory (since 2.1)"""
