"""Result models: UpdateScsiLunResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .scsi_lun_inventory import ScsiLunInventory

__all__ = [
    "UpdateScsiLunResult",
]


class UpdateScsiLunResult(ZStackModel):
    """The result of UpdateScsiLun (ZStack's `UpdateScsiLunResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.0)"""

    inventory: ScsiLunInventory | None = None
    """详情参考inventory (since 3.1.0)"""
