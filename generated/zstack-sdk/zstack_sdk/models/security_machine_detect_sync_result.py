"""Result models: SecurityMachineDetectSyncResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SecurityMachineDetectSyncResult",
]


class SecurityMachineDetectSyncResult(ZStackModel):
    """The result of SecurityMachineDetectSync (ZStack's `SecurityMachineDetectSyncResult`)."""

    error: ErrorCode | None = None
