"""Result models: RemoveDnsFromVpcRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_router_vm_inventory import VpcRouterVmInventory

__all__ = [
    "RemoveDnsFromVpcRouterResult",
]


class RemoveDnsFromVpcRouterResult(ZStackModel):
    """The result of RemoveDnsFromVpcRouter (ZStack's `RemoveDnsFromVpcRouterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: VpcRouterVmInventory | None = None
    """详情参考inventory (since 0.6)"""
