"""Result models: UpdateHostNetworkInterfaceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_network_interface_inventory import HostNetworkInterfaceInventory

__all__ = [
    "UpdateHostNetworkInterfaceResult",
]


class UpdateHostNetworkInterfaceResult(ZStackModel):
    """The result of UpdateHostNetworkInterface (ZStack's `UpdateHostNetworkInterfaceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.0)"""

    inventory: HostNetworkInterfaceInventory | None = None
    """详情参考inventroy (since 4.7.0)"""

    success: bool | None = None
    """success (since 4.7.0)"""
