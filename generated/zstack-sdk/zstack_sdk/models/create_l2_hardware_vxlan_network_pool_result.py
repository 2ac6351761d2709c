"""Result models: CreateL2HardwareVxlanNetworkPoolResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .hardware_l2_vxlan_network_pool_inventory import HardwareL2VxlanNetworkPoolInventory

__all__ = [
    "CreateL2HardwareVxlanNetworkPoolResult",
]


class CreateL2HardwareVxlanNetworkPoolResult(ZStackModel):
    """The ``CreateL2HardwareVxlanNetworkPoolResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.8.0)"""

    inventory: HardwareL2VxlanNetworkPoolInventory | None = None
    """详情参考inventory (since 4.8.0)"""

    success: bool | None = None
    """success (since 4.8.0)"""
