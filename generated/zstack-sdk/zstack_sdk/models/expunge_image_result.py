"""Result models: ExpungeImageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ExpungeImageResult",
]


class ExpungeImageResult(ZStackModel):
    """The result of ExpungeImage (ZStack's `ExpungeImageResult`)."""

    error: ErrorCode | None = None
