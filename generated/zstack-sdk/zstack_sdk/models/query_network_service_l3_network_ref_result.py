"""Result models: QueryNetworkServiceL3NetworkRefResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .network_service_l3_network_ref_inventory import NetworkServiceL3NetworkRefInventory

__all__ = [
    "QueryNetworkServiceL3NetworkRefResult",
]


class QueryNetworkServiceL3NetworkRefResult(ZStackModel):
    """The result of QueryNetworkServiceL3NetworkRef (ZStack's `QueryNetworkServiceL3NetworkRefResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[NetworkServiceL3NetworkRefInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
