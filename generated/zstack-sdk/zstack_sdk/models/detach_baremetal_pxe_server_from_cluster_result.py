"""Result models: DetachBaremetalPxeServerFromClusterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .baremetal_pxe_server_inventory import BaremetalPxeServerInventory
from .error_code import ErrorCode

__all__ = [
    "DetachBaremetalPxeServerFromClusterResult",
]


class DetachBaremetalPxeServerFromClusterResult(ZStackModel):
    """The result of DetachBaremetalPxeServerFromCluster (ZStack's `DetachBaremetalPxeServerFromClusterResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.1)"""

    inventory: BaremetalPxeServerInventory | None = None
    """详情参考inventory (since 3.1.1)"""
