"""Result models: WebhookInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "WebhookInventory",
]


class WebhookInventory(ZStackModel):
    """ZStack's `WebhookInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    opaque: str | None = None

    type: str | None = None

    url: str | None = None

    uuid: str | None = None
