"""Result models: BatchDeleteVolumeSnapshotStruct (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "BatchDeleteVolumeSnapshotStruct",
]


class BatchDeleteVolumeSnapshotStruct(ZStackModel):
    """ZStack's `BatchDeleteVolumeSnapshotStruct`."""

    error: ErrorCode | None = None

    snapshot_uuid: str | None = None

    success: bool | None = None
