"""Result models: SyncImageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncImageResult",
]


class SyncImageResult(ZStackModel):
    """The result of SyncImage (ZStack's `SyncImageResult`)."""

    error: ErrorCode | None = None
