"""Result models: DeleteVmBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVmBackupResult",
]


class DeleteVmBackupResult(ZStackModel):
    """The result of DeleteVmBackup (ZStack's `DeleteVmBackupResult`)."""

    error: ErrorCode | None = None
