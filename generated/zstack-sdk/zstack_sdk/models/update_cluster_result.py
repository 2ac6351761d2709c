"""Result models: UpdateClusterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cluster_inventory import ClusterInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateClusterResult",
]


class UpdateClusterResult(ZStackModel):
    """The result of UpdateCluster (ZStack's `UpdateClusterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: ClusterInventory | None = None
    """详情参考inventory (since 0.6)"""
