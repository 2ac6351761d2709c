"""Result models: ChangeDiskOfferingStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .disk_offering_inventory import DiskOfferingInventory
from .error_code import ErrorCode

__all__ = [
    "ChangeDiskOfferingStateResult",
]


class ChangeDiskOfferingStateResult(ZStackModel):
    """The result of ChangeDiskOfferingState (ZStack's `ChangeDiskOfferingStateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: DiskOfferingInventory | None = None
    """详情参考inventory (since 0.6)"""
