"""Result models: UnprotectVmInstanceRecoveryPointResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UnprotectVmInstanceRecoveryPointResult",
]


class UnprotectVmInstanceRecoveryPointResult(ZStackModel):
    """The result of UnprotectVmInstanceRecoveryPoint (ZStack's `UnprotectVmInstanceRecoveryPointResult`)."""

    error: ErrorCode | None = None
