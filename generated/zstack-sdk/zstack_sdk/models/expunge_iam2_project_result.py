"""Result models: ExpungeIAM2ProjectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ExpungeIAM2ProjectResult",
]


class ExpungeIAM2ProjectResult(ZStackModel):
    """The result of ExpungeIAM2Project (ZStack's `ExpungeIAM2ProjectResult`)."""

    error: ErrorCode | None = None
