"""Result models: CleanUpImageCacheOnPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CleanUpImageCacheOnPrimaryStorageResult",
]


class CleanUpImageCacheOnPrimaryStorageResult(ZStackModel):
    """The result of CleanUpImageCacheOnPrimaryStorage (ZStack's `CleanUpImageCacheOnPrimaryStorageResult`)."""

    error: ErrorCode | None = None
