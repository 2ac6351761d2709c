"""Result models: UpdateVolumeSnapshotResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_snapshot_inventory import VolumeSnapshotInventory

__all__ = [
    "UpdateVolumeSnapshotResult",
]


class UpdateVolumeSnapshotResult(ZStackModel):
    """The result of UpdateVolumeSnapshot (ZStack's `UpdateVolumeSnapshotResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: VolumeSnapshotInventory | None = None
    """详情参考inventory (since 0.6)"""
