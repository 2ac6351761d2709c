"""Result models: QueryClusterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cluster_inventory import ClusterInventory
from .error_code import ErrorCode

__all__ = [
    "QueryClusterResult",
]


class QueryClusterResult(ZStackModel):
    """The result of QueryCluster (ZStack's `QueryClusterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[ClusterInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
