"""Result models: UpdateAliyunVirtualRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_virtual_router_inventory import VpcVirtualRouterInventory

__all__ = [
    "UpdateAliyunVirtualRouterResult",
]


class UpdateAliyunVirtualRouterResult(ZStackModel):
    """The result of UpdateAliyunVirtualRouter (ZStack's `UpdateAliyunVirtualRouterResult`)."""

    error: ErrorCode | None = None

    inventory: VpcVirtualRouterInventory | None = None
