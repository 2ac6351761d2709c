"""Result models: QueryHostNetworkInterfaceLldpResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_network_interface_lldp_inventory import HostNetworkInterfaceLldpInventory

__all__ = [
    "QueryHostNetworkInterfaceLldpResult",
]


class QueryHostNetworkInterfaceLldpResult(ZStackModel):
    """The result of QueryHostNetworkInterfaceLldp (ZStack's `QueryHostNetworkInterfaceLldpResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.0.0)"""

    inventories: list[HostNetworkInterfaceLldpInventory] | None = None

    success: bool | None = None
    """success (since 5.0.0)"""

    total: int | None = None
