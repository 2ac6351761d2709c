"""Result models: DeleteVolumeBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVolumeBackupResult",
]


class DeleteVolumeBackupResult(ZStackModel):
    """The result of DeleteVolumeBackup (ZStack's `DeleteVolumeBackupResult`)."""

    error: ErrorCode | None = None
