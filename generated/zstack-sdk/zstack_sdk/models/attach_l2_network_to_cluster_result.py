"""Result models: AttachL2NetworkToClusterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .l2_network_inventory import L2NetworkInventory

__all__ = [
    "AttachL2NetworkToClusterResult",
]


class AttachL2NetworkToClusterResult(ZStackModel):
    """The result of AttachL2NetworkToCluster (ZStack's `AttachL2NetworkToClusterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.8.0)"""

    inventory: L2NetworkInventory | None = None
    """详情参考inventory (since 4.8.0)"""

    success: bool | None = None
    """success (since 4.8.0)"""
