"""Result models: EmptyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "EmptyResult",
]


class EmptyResult(ZStackModel):
    """The API documents no result fields (the server answers `{}`)."""

    error: ErrorCode | None = None

    total: int | None = None
    """Number of matches (count / reply_with_count)"""
