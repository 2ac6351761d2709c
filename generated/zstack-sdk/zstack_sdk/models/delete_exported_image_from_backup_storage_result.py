"""Result models: DeleteExportedImageFromBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteExportedImageFromBackupStorageResult",
]


class DeleteExportedImageFromBackupStorageResult(ZStackModel):
    """The result of DeleteExportedImageFromBackupStorage (ZStack's `DeleteExportedImageFromBackupStorageResult`)."""

    error: ErrorCode | None = None
