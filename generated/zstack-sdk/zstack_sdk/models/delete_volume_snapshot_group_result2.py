"""Result models: DeleteVolumeSnapshotGroupResult2 (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .delete_volume_snapshot_group_result import DeleteVolumeSnapshotGroupResult
from .error_code import ErrorCode

__all__ = [
    "DeleteVolumeSnapshotGroupResult2",
]


class DeleteVolumeSnapshotGroupResult2(ZStackModel):
    """The ``DeleteVolumeSnapshotGroupResult2`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    results: list[DeleteVolumeSnapshotGroupResult] | None = None
    """详情参考results (since 3.6.0)"""

    success: bool | None = None
    """success (since 0.6)"""
