"""Result models: ProtectVmInstanceRecoveryPointResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ProtectVmInstanceRecoveryPointResult",
]


class ProtectVmInstanceRecoveryPointResult(ZStackModel):
    """The result of ProtectVmInstanceRecoveryPoint (ZStack's `ProtectVmInstanceRecoveryPointResult`)."""

    error: ErrorCode | None = None
