"""Result models: GetVpcMulticastRouteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .multicast_route_inventory import MulticastRouteInventory

__all__ = [
    "GetVpcMulticastRouteResult",
]


class GetVpcMulticastRouteResult(ZStackModel):
    """The result of GetVpcMulticastRoute (ZStack's `GetVpcMulticastRouteResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    inventories: list[MulticastRouteInventory] | None = None
    """详情参考inventories (since 3.7.0)"""
