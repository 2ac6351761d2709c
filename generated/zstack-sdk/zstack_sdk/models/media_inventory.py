"""Result models: MediaInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "MediaInventory",
]


class MediaInventory(ZStackModel):
    """ZStack's `MediaInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    state: str | None = None

    type: str | None = None

    uuid: str | None = None
