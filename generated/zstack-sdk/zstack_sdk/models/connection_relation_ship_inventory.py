"""Result models: ConnectionRelationShipInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ConnectionRelationShipInventory",
]


class ConnectionRelationShipInventory(ZStackModel):
    """ZStack's `ConnectionRelationShipInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    relation_ships: str | None = None

    uuid: str | None = None
