"""Result models: ResizeDataVolumeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_inventory import VolumeInventory

__all__ = [
    "ResizeDataVolumeResult",
]


class ResizeDataVolumeResult(ZStackModel):
    """The result of ResizeDataVolume (ZStack's `ResizeDataVolumeResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.2)"""

    inventory: VolumeInventory | None = None
    """详情参考inventory (since 2.2)"""
