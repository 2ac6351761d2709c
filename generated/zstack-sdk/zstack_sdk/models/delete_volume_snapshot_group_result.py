"""Result models: DeleteVolumeSnapshotGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .delete_snapshot_group_result import DeleteSnapshotGroupResult
from .error_code import ErrorCode

__all__ = [
    "DeleteVolumeSnapshotGroupResult",
]


class DeleteVolumeSnapshotGroupResult(ZStackModel):
    """The result of DeleteVolumeSnapshotGroup (ZStack's `DeleteVolumeSnapshotGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    results: list[DeleteSnapshotGroupResult] | None = None
    """详情参考results (since 3.6.0)"""

    success: bool | None = None
    """success (since 0.6)"""
