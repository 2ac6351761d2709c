"""Result models: DeleteBondingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteBondingResult",
]


class DeleteBondingResult(ZStackModel):
    """The result of DeleteBonding (ZStack's `DeleteBondingResult`)."""

    error: ErrorCode | None = None
