"""Result models: CreateBlockVolumeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .block_volume_inventory import BlockVolumeInventory
from .error_code import ErrorCode

__all__ = [
    "CreateBlockVolumeResult",
]


class CreateBlockVolumeResult(ZStackModel):
    """The result of CreateBlockVolume (ZStack's `CreateBlockVolumeResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.11)"""

    inventory: BlockVolumeInventory | None = None
    """详情参考inventory (since 4.7.11)"""

    success: bool | None = None
    """success (since 4.7.11)"""
