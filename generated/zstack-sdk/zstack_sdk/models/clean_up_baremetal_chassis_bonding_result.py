"""Result models: CleanUpBaremetalChassisBondingResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CleanUpBaremetalChassisBondingResult",
]


class CleanUpBaremetalChassisBondingResult(ZStackModel):
    """The result of CleanUpBaremetalChassisBonding (ZStack's `CleanUpBaremetalChassisBondingResult`)."""

    error: ErrorCode | None = None
