"""Result models: UpdateVolumeSnapshotGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_snapshot_group_inventory import VolumeSnapshotGroupInventory

__all__ = [
    "UpdateVolumeSnapshotGroupResult",
]


class UpdateVolumeSnapshotGroupResult(ZStackModel):
    """The result of UpdateVolumeSnapshotGroup (ZStack's `UpdateVolumeSnapshotGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventory: VolumeSnapshotGroupInventory | None = None
    """详情参考inventory (since 3.6.0)"""
