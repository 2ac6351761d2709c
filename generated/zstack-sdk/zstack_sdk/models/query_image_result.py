"""Result models: QueryImageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .image_inventory import ImageInventory

__all__ = [
    "QueryImageResult",
]


class QueryImageResult(ZStackModel):
    """The result of QueryImage (ZStack's `QueryImageResult`)."""

    error: ErrorCode | None = None

    inventories: list[ImageInventory] | None = None

    total: int | None = None
