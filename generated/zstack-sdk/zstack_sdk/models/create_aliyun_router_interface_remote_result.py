"""Result models: CreateAliyunRouterInterfaceRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_router_interface_inventory import AliyunRouterInterfaceInventory
from .error_code import ErrorCode

__all__ = [
    "CreateAliyunRouterInterfaceRemoteResult",
]


class CreateAliyunRouterInterfaceRemoteResult(ZStackModel):
    """The result of CreateAliyunRouterInterfaceRemote (ZStack's `CreateAliyunRouterInterfaceRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunRouterInterfaceInventory | None = None
