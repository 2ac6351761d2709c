"""Result models: CheckScsiLunClusterStatusResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .scsi_lun_cluster_status_inventory import ScsiLunClusterStatusInventory

__all__ = [
    "CheckScsiLunClusterStatusResult",
]


class CheckScsiLunClusterStatusResult(ZStackModel):
    """The result of CheckScsiLunClusterStatus (ZStack's `CheckScsiLunClusterStatusResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.0)"""

    inventory: ScsiLunClusterStatusInventory | None = None
    """详情参考inventory (since 3.1.0)"""
