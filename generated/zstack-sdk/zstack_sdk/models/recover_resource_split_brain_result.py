"""Result models: RecoverResourceSplitBrainResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RecoverResourceSplitBrainResult",
]


class RecoverResourceSplitBrainResult(ZStackModel):
    """The result of RecoverResourceSplitBrain (ZStack's `RecoverResourceSplitBrainResult`)."""

    error: ErrorCode | None = None
