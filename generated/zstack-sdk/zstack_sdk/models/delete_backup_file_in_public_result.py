"""Result models: DeleteBackupFileInPublicResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteBackupFileInPublicResult",
]


class DeleteBackupFileInPublicResult(ZStackModel):
    """The result of DeleteBackupFileInPublic (ZStack's `DeleteBackupDatabaseInPublicResult`)."""

    error: ErrorCode | None = None
