"""Result models: QueryVCenterClusterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .v_center_cluster_inventory import VCenterClusterInventory

__all__ = [
    "QueryVCenterClusterResult",
]


class QueryVCenterClusterResult(ZStackModel):
    """The result of QueryVCenterCluster (ZStack's `QueryVCenterClusterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.9.0)"""

    inventories: list[VCenterClusterInventory] | None = None
    """详情参考inventories (since 3.9.0)"""

    total: int | None = None
