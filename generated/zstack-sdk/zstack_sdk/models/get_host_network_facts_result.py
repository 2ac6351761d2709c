"""Result models: GetHostNetworkFactsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_network_bonding_inventory import HostNetworkBondingInventory
from .host_network_interface_inventory import HostNetworkInterfaceInventory

__all__ = [
    "GetHostNetworkFactsResult",
]


class GetHostNetworkFactsResult(ZStackModel):
    """The result of GetHostNetworkFacts (ZStack's `GetHostNetworkFactsResult`)."""

    bondings: list[HostNetworkBondingInventory] | None = None
    """详情参考bondings (since 3.5.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.5.0)"""

    nics: list[HostNetworkInterfaceInventory] | None = None
    """详情参考nics (since 3.5.0)"""

    success: bool | None = None
    """success (since 3.5.0)"""
