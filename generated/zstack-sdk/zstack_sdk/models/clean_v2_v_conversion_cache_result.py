"""Result models: CleanV2VConversionCacheResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CleanV2VConversionCacheResult",
]


class CleanV2VConversionCacheResult(ZStackModel):
    """The result of CleanV2VConversionCache (ZStack's `CleanV2VConversionCacheResult`)."""

    error: ErrorCode | None = None
