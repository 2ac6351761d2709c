"""Result models: EmailMediaInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "EmailMediaInventory",
]


class EmailMediaInventory(ZStackModel):
    """ZStack's `EmailMediaInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    smtp_port: int | None = None

    smtp_server: str | None = None

    state: str | None = None

    type: str | None = None

    username: str | None = None

    uuid: str | None = None
