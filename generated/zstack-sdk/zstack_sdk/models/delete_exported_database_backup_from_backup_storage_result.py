"""Result models: DeleteExportedDatabaseBackupFromBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteExportedDatabaseBackupFromBackupStorageResult",
]


class DeleteExportedDatabaseBackupFromBackupStorageResult(ZStackModel):
    """The result of DeleteExportedDatabaseBackupFromBackupStorage (ZStack's `DeleteExportedDatabaseBackupFromBackupStorageResult`)."""

    error: ErrorCode | None = None
