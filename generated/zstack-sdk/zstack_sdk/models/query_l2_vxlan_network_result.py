"""Result models: QueryL2VxlanNetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l2_vxlan_network_inventory import L2VxlanNetworkInventory

__all__ = [
    "QueryL2VxlanNetworkResult",
]


class QueryL2VxlanNetworkResult(ZStackModel):
    """The result of QueryL2VxlanNetwork (ZStack's `QueryL2VxlanNetworkResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[L2VxlanNetworkInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
