"""Result models: DeleteExternalBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteExternalBackupResult",
]


class DeleteExternalBackupResult(ZStackModel):
    """The result of DeleteExternalBackup (ZStack's `DeleteExternalBackupResult`)."""

    error: ErrorCode | None = None
