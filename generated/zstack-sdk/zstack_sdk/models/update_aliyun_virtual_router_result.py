"""Result models: UpdateAliyunVirtualRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .vpc_virtual_router_inventory import VpcVirtualRouterInventory

__all__ = [
    "UpdateAliyunVirtualRouterResult",
]


class UpdateAliyunVirtualRouterResult(ZStackModel):
    """The ``UpdateAliyunVirtualRouterResult`` structure."""

    inventory: VpcVirtualRouterInventory | None = None
