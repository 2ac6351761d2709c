"""Result models: GetVpcMulticastRouteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_multicast_route_inventory import VpcMulticastRouteInventory

__all__ = [
    "GetVpcMulticastRouteResult",
]


class GetVpcMulticastRouteResult(ZStackModel):
    """The ``GetVpcMulticastRouteResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    inventories: list[VpcMulticastRouteInventory] | None = None
    """详情参考inventories (since 3.7.0)"""
