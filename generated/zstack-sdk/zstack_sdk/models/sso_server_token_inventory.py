"""Result models: SSOServerTokenInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SSOServerTokenInventory",
]


class SSOServerTokenInventory(ZStackModel):
    """ZStack's `SSOServerTokenInventory`."""

    access_token: str | None = None

    create_date: ZStackDateTime | None = None

    id_token: str | None = None

    last_op_date: ZStackDateTime | None = None

    refresh_token: str | None = None

    user_uuid: str | None = None

    uuid: str | None = None
