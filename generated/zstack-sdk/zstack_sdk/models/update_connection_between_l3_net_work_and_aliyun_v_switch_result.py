"""Result models: UpdateConnectionBetweenL3NetWorkAndAliyunVSwitchResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .connection_relation_ship_inventory import ConnectionRelationShipInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateConnectionBetweenL3NetWorkAndAliyunVSwitchResult",
]


class UpdateConnectionBetweenL3NetWorkAndAliyunVSwitchResult(ZStackModel):
    """The result of UpdateConnectionBetweenL3NetWorkAndAliyunVSwitch (ZStack's `UpdateConnectionBetweenL3NetWorkAndAliyunVSwitchResult`)."""

    error: ErrorCode | None = None

    inventory: ConnectionRelationShipInventory | None = None
