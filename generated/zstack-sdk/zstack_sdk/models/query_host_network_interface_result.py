"""Result models: QueryHostNetworkInterfaceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_network_interface_inventory import HostNetworkInterfaceInventory

__all__ = [
    "QueryHostNetworkInterfaceResult",
]


class QueryHostNetworkInterfaceResult(ZStackModel):
    """The result of QueryHostNetworkInterface (ZStack's `QueryHostNetworkInterfaceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.9.0)"""

    inventories: list[HostNetworkInterfaceInventory] | None = None
    """详情参考inventories (since 3.9.0)"""

    total: int | None = None
