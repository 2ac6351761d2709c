"""Result models: DeleteBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteBackupStorageResult",
]


class DeleteBackupStorageResult(ZStackModel):
    """The result of DeleteBackupStorage (ZStack's `DeleteBackupStorageResult`)."""

    error: ErrorCode | None = None
