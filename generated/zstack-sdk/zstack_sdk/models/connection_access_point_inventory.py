"""Result models: ConnectionAccessPointInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ConnectionAccessPointInventory",
]


class ConnectionAccessPointInventory(ZStackModel):
    """ZStack's `ConnectionAccessPointInventory`."""

    access_point_id: str | None = None

    create_date: ZStackDateTime | None = None

    data_center_uuid: str | None = None

    description: str | None = None

    host_operator: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    status: str | None = None

    type: str | None = None

    uuid: str | None = None
