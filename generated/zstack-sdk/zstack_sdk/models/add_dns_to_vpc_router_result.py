"""Result models: AddDnsToVpcRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_router_vm_inventory import VpcRouterVmInventory

__all__ = [
    "AddDnsToVpcRouterResult",
]


class AddDnsToVpcRouterResult(ZStackModel):
    """The result of AddDnsToVpcRouter (ZStack's `AddDnsToVpcRouterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.4)"""

    inventory: VpcRouterVmInventory | None = None
    """详情参考inventory (since 2.4)"""
