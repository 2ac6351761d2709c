"""Result models: QueryVolumeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_inventory import VolumeInventory

__all__ = [
    "QueryVolumeResult",
]


class QueryVolumeResult(ZStackModel):
    """The result of QueryVolume (ZStack's `QueryVolumeResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[VolumeInventory] | None = None
    """详情参考inventories (since 0.6)"""

    success: bool | None = None
    """success (since 4.6.21)"""

    total: int | None = None
