"""Result models: DetachScsiLunFromHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .scsi_lun_inventory import ScsiLunInventory

__all__ = [
    "DetachScsiLunFromHostResult",
]


class DetachScsiLunFromHostResult(ZStackModel):
    """The result of DetachScsiLunFromHost (ZStack's `DetachScsiLunFromHostResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.2.0)"""

    inventory: ScsiLunInventory | None = None
