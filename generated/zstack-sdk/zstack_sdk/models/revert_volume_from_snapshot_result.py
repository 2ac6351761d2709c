"""Result models: RevertVolumeFromSnapshotResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RevertVolumeFromSnapshotResult",
]


class RevertVolumeFromSnapshotResult(ZStackModel):
    """The result of RevertVolumeFromSnapshot (ZStack's `RevertVolumeFromSnapshotResult`)."""

    error: ErrorCode | None = None
