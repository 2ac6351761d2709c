"""Result models: UngroupVolumeSnapshotGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UngroupVolumeSnapshotGroupResult",
]


class UngroupVolumeSnapshotGroupResult(ZStackModel):
    """The result of UngroupVolumeSnapshotGroup (ZStack's `UngroupVolumeSnapshotGroupResult`)."""

    error: ErrorCode | None = None
