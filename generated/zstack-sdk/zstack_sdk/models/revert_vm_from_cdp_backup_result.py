"""Result models: RevertVmFromCdpBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RevertVmFromCdpBackupResult",
]


class RevertVmFromCdpBackupResult(ZStackModel):
    """The result of RevertVmFromCdpBackup (ZStack's `RevertVmFromCdpBackupResult`)."""

    error: ErrorCode | None = None
