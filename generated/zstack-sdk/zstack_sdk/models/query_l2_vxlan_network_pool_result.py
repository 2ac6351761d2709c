"""Result models: QueryL2VxlanNetworkPoolResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l2_vxlan_network_pool_inventory import L2VxlanNetworkPoolInventory

__all__ = [
    "QueryL2VxlanNetworkPoolResult",
]


class QueryL2VxlanNetworkPoolResult(ZStackModel):
    """The result of QueryL2VxlanNetworkPool (ZStack's `QueryL2VxlanNetworkPoolResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[L2VxlanNetworkPoolInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
