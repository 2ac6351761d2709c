"""Result models: ImageCacheInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ImageCacheInventory",
]


class ImageCacheInventory(ZStackModel):
    """ZStack's `ImageCacheInventory`."""

    create_date: ZStackDateTime | None = None

    id: int | None = None

    image_uuid: str | None = None

    install_url: str | None = None

    last_op_date: ZStackDateTime | None = None

    md5sum: str | None = None

    media_type: str | None = None

    primary_storage_uuid: str | None = None

    size: int | None = None

    state: str | None = None
