"""Result models: RevertVmFromVmBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RevertVmFromVmBackupResult",
]


class RevertVmFromVmBackupResult(ZStackModel):
    """The result of RevertVmFromVmBackup (ZStack's `RevertVmFromVmBackupResult`)."""

    error: ErrorCode | None = None
