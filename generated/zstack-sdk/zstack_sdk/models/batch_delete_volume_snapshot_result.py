"""Result models: BatchDeleteVolumeSnapshotResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .batch_delete_volume_snapshot_struct import BatchDeleteVolumeSnapshotStruct
from .error_code import ErrorCode

__all__ = [
    "BatchDeleteVolumeSnapshotResult",
]


class BatchDeleteVolumeSnapshotResult(ZStackModel):
    """The result of BatchDeleteVolumeSnapshot (ZStack's `BatchDeleteVolumeSnapshotResult`)."""

    error: ErrorCode | None = None

    results: list[BatchDeleteVolumeSnapshotStruct] | None = None
