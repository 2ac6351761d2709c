"""Result models: SyncVmBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sync_backup_result import SyncBackupResult

__all__ = [
    "SyncVmBackupResult",
]


class SyncVmBackupResult(ZStackModel):
    """The result of SyncVmBackup (ZStack's `SyncVmBackupResult`)."""

    error: ErrorCode | None = None

    result: SyncBackupResult | None = None
