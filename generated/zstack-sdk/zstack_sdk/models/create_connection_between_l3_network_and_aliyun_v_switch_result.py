"""Result models: CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .connection_relation_ship_inventory import ConnectionRelationShipInventory
from .error_code import ErrorCode

__all__ = [
    "CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult",
]


class CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult(ZStackModel):
    """The result of CreateConnectionBetweenL3NetworkAndAliyunVSwitch (ZStack's `CreateConnectionBetweenL3NetworkAndAliyunVSwitchResult`)."""

    error: ErrorCode | None = None

    inventory: ConnectionRelationShipInventory | None = None
