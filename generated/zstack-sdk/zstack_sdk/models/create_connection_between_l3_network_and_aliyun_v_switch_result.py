"""Result models: CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .connection_relation_ship_inventory import ConnectionRelationShipInventory

__all__ = [
    "CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult",
]


class CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult(ZStackModel):
    """The ``CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult`` structure."""

    inventory: ConnectionRelationShipInventory | None = None
