"""Result models: CheckVolumeSnapshotGroupAvailabilityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_snapshot_group_availability import VolumeSnapshotGroupAvailability

__all__ = [
    "CheckVolumeSnapshotGroupAvailabilityResult",
]


class CheckVolumeSnapshotGroupAvailabilityResult(ZStackModel):
    """The result of CheckVolumeSnapshotGroupAvailability (ZStack's `CheckVolumeSnapshotGroupAvailabilityResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    results: list[VolumeSnapshotGroupAvailability] | None = None
    """详情参考results (since 3.6.0)"""
