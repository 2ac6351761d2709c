"""Result models: EventLogInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "EventLogInventory",
]


class EventLogInventory(ZStackModel):
    """ZStack's `EventLogInventory`."""

    category: str | None = None

    content: str | None = None

    create_date: ZStackDateTime | None = None

    id: int | None = None

    resource_type: str | None = None

    resource_uuid: str | None = None

    time: int | None = None

    tracking_id: str | None = None

    type: str | None = None
