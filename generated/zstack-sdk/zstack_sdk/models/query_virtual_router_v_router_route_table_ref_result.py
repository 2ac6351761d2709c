"""Result models: QueryVirtualRouterVRouterRouteTableRefResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .virtual_router_v_router_route_table_ref_inventory import (
    VirtualRouterVRouterRouteTableRefInventory,
)

__all__ = [
    "QueryVirtualRouterVRouterRouteTableRefResult",
]


class QueryVirtualRouterVRouterRouteTableRefResult(ZStackModel):
    """The result of QueryVirtualRouterVRouterRouteTableRef (ZStack's `QueryVirtualRouterVRouterRouteTableRefResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.1)"""

    inventories: list[VirtualRouterVRouterRouteTableRefInventory] | None = None
    """详情参考inventories (since 2.1)"""

    total: int | None = None
