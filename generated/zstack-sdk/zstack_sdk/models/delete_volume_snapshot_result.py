"""Result models: DeleteVolumeSnapshotResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVolumeSnapshotResult",
]


class DeleteVolumeSnapshotResult(ZStackModel):
    """The result of DeleteVolumeSnapshot (ZStack's `DeleteVolumeSnapshotResult`)."""

    error: ErrorCode | None = None
