"""Result models: RevertSnapshotGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RevertSnapshotGroupResult",
]


class RevertSnapshotGroupResult(ZStackModel):
    """ZStack's `RevertSnapshotGroupResult`."""

    error: ErrorCode | None = None

    snapshot_uuid: str | None = None

    success: bool | None = None

    volume_uuid: str | None = None
