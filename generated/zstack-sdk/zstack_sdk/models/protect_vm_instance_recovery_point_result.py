"""Result models: ProtectVmInstanceRecoveryPointResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ProtectVmInstanceRecoveryPointResult",
]


class ProtectVmInstanceRecoveryPointResult(ZStackModel):
    """The result of ProtectVmInstanceRecoveryPoint (ZStack's `ProtectVmInstanceRecoveryPointResult`)."""

    error: ErrorCode | None = None
