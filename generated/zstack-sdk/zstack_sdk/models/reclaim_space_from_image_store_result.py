"""Result models: ReclaimSpaceFromImageStoreResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .image_store_gc_result import ImageStoreGcResult

__all__ = [
    "ReclaimSpaceFromImageStoreResult",
]


class ReclaimSpaceFromImageStoreResult(ZStackModel):
    """The result of ReclaimSpaceFromImageStore (ZStack's `ReclaimSpaceFromImageStoreResult`)."""

    error: ErrorCode | None = None

    gc_result: ImageStoreGcResult | None = None
