"""Result models: SetServiceTypeOnHostNetworkInterfaceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_network_interface_service_ref_inventory import HostNetworkInterfaceServiceRefInventory

__all__ = [
    "SetServiceTypeOnHostNetworkInterfaceResult",
]


class SetServiceTypeOnHostNetworkInterfaceResult(ZStackModel):
    """The result of SetServiceTypeOnHostNetworkInterface (ZStack's `SetServiceTypeOnHostNetworkInterfaceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.11)"""

    inventory: list[HostNetworkInterfaceServiceRefInventory] | None = None
    """详情参考inventory (since 4.7.11)"""

    success: bool | None = None
    """success (since 4.7.11)"""
