"""Result models: UnmountVmInstanceRecoveryPointResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UnmountVmInstanceRecoveryPointResult",
]


class UnmountVmInstanceRecoveryPointResult(ZStackModel):
    """The result of UnmountVmInstanceRecoveryPoint (ZStack's `UnmountVmInstanceRecoveryPointResult`)."""

    error: ErrorCode | None = None
