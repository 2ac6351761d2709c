"""Result models: CleanUpBareMetal2BondingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CleanUpBareMetal2BondingResult",
]


class CleanUpBareMetal2BondingResult(ZStackModel):
    """The result of CleanUpBareMetal2Bonding (ZStack's `CleanUpBaremetal2BondingResult`)."""

    error: ErrorCode | None = None
