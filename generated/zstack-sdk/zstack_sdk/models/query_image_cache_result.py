"""Result models: QueryImageCacheResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .image_cache_inventory import ImageCacheInventory

__all__ = [
    "QueryImageCacheResult",
]


class QueryImageCacheResult(ZStackModel):
    """The result of QueryImageCache (ZStack's `QueryImageCacheResult`)."""

    error: ErrorCode | None = None

    inventories: list[ImageCacheInventory] | None = None

    total: int | None = None
