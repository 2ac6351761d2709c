"""Result models: AddConnectionAccessPointFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .connection_access_point_inventory import ConnectionAccessPointInventory

__all__ = [
    "AddConnectionAccessPointFromRemoteResult",
]


class AddConnectionAccessPointFromRemoteResult(ZStackModel):
    """The ``AddConnectionAccessPointFromRemoteResult`` structure."""

    inventory: ConnectionAccessPointInventory | None = None
