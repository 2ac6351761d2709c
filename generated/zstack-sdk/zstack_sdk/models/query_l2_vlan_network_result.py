"""Result models: QueryL2VlanNetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l2_vlan_network_inventory import L2VlanNetworkInventory

__all__ = [
    "QueryL2VlanNetworkResult",
]


class QueryL2VlanNetworkResult(ZStackModel):
    """The result of QueryL2VlanNetwork (ZStack's `QueryL2VlanNetworkResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[L2VlanNetworkInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
