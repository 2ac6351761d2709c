"""Result models: CleanUpBaremetalChassisBondingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CleanUpBaremetalChassisBondingResult",
]


class CleanUpBaremetalChassisBondingResult(ZStackModel):
    """The result of CleanUpBaremetalChassisBonding (ZStack's `CleanUpBaremetalChassisBondingResult`)."""

    error: ErrorCode | None = None
