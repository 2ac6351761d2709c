"""Result models: QueryL3NetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l3_network_inventory import L3NetworkInventory

__all__ = [
    "QueryL3NetworkResult",
]


class QueryL3NetworkResult(ZStackModel):
    """The result of QueryL3Network (ZStack's `QueryL3NetworkResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[L3NetworkInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
