"""Result models: UnprotectVmInstanceRecoveryPointResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UnprotectVmInstanceRecoveryPointResult",
]


class UnprotectVmInstanceRecoveryPointResult(ZStackModel):
    """The result of UnprotectVmInstanceRecoveryPoint (ZStack's `UnprotectVmInstanceRecoveryPointResult`)."""

    error: ErrorCode | None = None
