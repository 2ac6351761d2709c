"""Result models: ImageStoreGcResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "ImageStoreGcResult",
]


class ImageStoreGcResult(ZStackModel):
    """ZStack's `ImageStoreGcResult`."""

    freed_space_in_bytes: int | None = None
