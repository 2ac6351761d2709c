"""Result models: ImageReplicationGroupInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ImageReplicationGroupInventory",
]


class ImageReplicationGroupInventory(ZStackModel):
    """ZStack's `ImageReplicationGroupInventory`."""

    backup_storage_refs: list[Any] | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    state: Literal["Enabled", "Disabled"] | str | None = None

    uuid: str | None = None
