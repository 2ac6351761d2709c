"""Result models: DeleteDatabaseBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteDatabaseBackupResult",
]


class DeleteDatabaseBackupResult(ZStackModel):
    """The result of DeleteDatabaseBackup (ZStack's `DeleteDatabaseBackupResult`)."""

    error: ErrorCode | None = None
