"""Result models: ThirdpartyPlatformInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ThirdpartyPlatformInventory",
]


class ThirdpartyPlatformInventory(ZStackModel):
    """ZStack's `ThirdpartyPlatformInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    last_sync_date: ZStackDateTime | None = None

    name: str | None = None

    state: str | None = None

    template: str | None = None

    type: str | None = None

    url: str | None = None

    uuid: str | None = None
