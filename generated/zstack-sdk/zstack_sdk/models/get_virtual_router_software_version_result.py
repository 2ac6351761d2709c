"""Result models: GetVirtualRouterSoftwareVersionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .virtual_router_software_version_inventory import VirtualRouterSoftwareVersionInventory

__all__ = [
    "GetVirtualRouterSoftwareVersionResult",
]


class GetVirtualRouterSoftwareVersionResult(ZStackModel):
    """The result of GetVirtualRouterSoftwareVersion (ZStack's `GetVirtualRouterSoftwareVersionResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.5.0)"""

    inventories: list[VirtualRouterSoftwareVersionInventory] | None = None
    """详情参考inventories (since 4.5.0)"""

    success: bool | None = None
    """success (since 4.5.0)"""
