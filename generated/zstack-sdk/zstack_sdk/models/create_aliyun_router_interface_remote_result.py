"""Result models: CreateAliyunRouterInterfaceRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_router_interface_inventory import AliyunRouterInterfaceInventory

__all__ = [
    "CreateAliyunRouterInterfaceRemoteResult",
]


class CreateAliyunRouterInterfaceRemoteResult(ZStackModel):
    """The ``CreateAliyunRouterInterfaceRemoteResult`` structure."""

    inventory: AliyunRouterInterfaceInventory | None = None
