"""Result models: RefreshSearchIndexesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RefreshSearchIndexesResult",
]


class RefreshSearchIndexesResult(ZStackModel):
    """The result of RefreshSearchIndexes (ZStack's `RefreshSearchIndexesResult`)."""

    error: ErrorCode | None = None
