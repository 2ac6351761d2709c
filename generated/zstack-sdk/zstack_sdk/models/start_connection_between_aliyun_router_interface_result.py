"""Result models: StartConnectionBetweenAliyunRouterInterfaceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_router_interface_inventory import AliyunRouterInterfaceInventory
from .error_code import ErrorCode

__all__ = [
    "StartConnectionBetweenAliyunRouterInterfaceResult",
]


class StartConnectionBetweenAliyunRouterInterfaceResult(ZStackModel):
    """The result of StartConnectionBetweenAliyunRouterInterface (ZStack's `StartConnectionBetweenAliyunRouterInterfaceResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunRouterInterfaceInventory | None = None
