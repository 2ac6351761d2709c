"""Result models: SyncVolumeBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sync_backup_result import SyncBackupResult

__all__ = [
    "SyncVolumeBackupResult",
]


class SyncVolumeBackupResult(ZStackModel):
    """The result of SyncVolumeBackup (ZStack's `SyncVolumeBackupResult`)."""

    error: ErrorCode | None = None

    result: SyncBackupResult | None = None
