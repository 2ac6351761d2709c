"""Result models: RevertVolumeFromVolumeBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RevertVolumeFromVolumeBackupResult",
]


class RevertVolumeFromVolumeBackupResult(ZStackModel):
    """The result of RevertVolumeFromVolumeBackup (ZStack's `RevertVolumeFromVolumeBackupResult`)."""

    error: ErrorCode | None = None
