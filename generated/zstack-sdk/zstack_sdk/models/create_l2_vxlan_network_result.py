"""Result models: CreateL2VxlanNetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l2_vxlan_network_pool_inventory import L2VxlanNetworkPoolInventory

__all__ = [
    "CreateL2VxlanNetworkResult",
]


class CreateL2VxlanNetworkResult(ZStackModel):
    """The ``CreateL2VxlanNetworkResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: L2VxlanNetworkPoolInventory | None = None
    """详情参考inventory (since 0.6)"""

    success: bool | None = None
    """success (since 0.6)"""
