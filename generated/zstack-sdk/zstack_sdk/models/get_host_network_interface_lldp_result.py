"""Result models: GetHostNetworkInterfaceLldpResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_network_interface_lldp_ref_inventory import HostNetworkInterfaceLldpRefInventory

__all__ = [
    "GetHostNetworkInterfaceLldpResult",
]


class GetHostNetworkInterfaceLldpResult(ZStackModel):
    """The result of GetHostNetworkInterfaceLldp (ZStack's `GetHostNetworkInterfaceLldpResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.0.0)"""

    lldp: HostNetworkInterfaceLldpRefInventory | None = None
    """详情参考lldp (since 5.0.0)"""

    success: bool | None = None
    """success (since 5.0.0)"""
