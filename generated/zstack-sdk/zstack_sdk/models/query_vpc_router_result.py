"""Result models: QueryVpcRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_router_vm_inventory import VpcRouterVmInventory

__all__ = [
    "QueryVpcRouterResult",
]


class QueryVpcRouterResult(ZStackModel):
    """The result of QueryVpcRouter (ZStack's `QueryVpcRouterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[VpcRouterVmInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
