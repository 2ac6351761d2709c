"""Result models: DetachScsiLunFromHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .detach_scsi_lun_from_host_inventory import DetachScsiLunFromHostInventory
from .error_code import ErrorCode

__all__ = [
    "DetachScsiLunFromHostResult",
]


class DetachScsiLunFromHostResult(ZStackModel):
    """The ``DetachScsiLunFromHostResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.2.0)"""

    inventories: list[DetachScsiLunFromHostInventory] | None = None
    """详情参考inventory (since 4.2.0)"""
