"""Result models: UpdateVirtualRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .virtual_router_vm_inventory import VirtualRouterVmInventory

__all__ = [
    "UpdateVirtualRouterResult",
]


class UpdateVirtualRouterResult(ZStackModel):
    """The result of UpdateVirtualRouter (ZStack's `UpdateVirtualRouterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.9.0)"""

    inventory: VirtualRouterVmInventory | None = None
    """详情参考inventory (since 3.9.0)"""
