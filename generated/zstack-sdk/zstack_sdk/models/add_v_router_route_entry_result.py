"""Result models: AddVRouterRouteEntryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .v_router_route_entry_inventory import VRouterRouteEntryInventory

__all__ = [
    "AddVRouterRouteEntryResult",
]


class AddVRouterRouteEntryResult(ZStackModel):
    """The result of AddVRouterRouteEntry (ZStack's `AddVRouterRouteEntryResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.1)"""

    inventory: VRouterRouteEntryInventory | None = None
    """详情参考inventory (since 2.1)"""
