"""Result models: AddConnectionAccessPointFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .connection_access_point_inventory import ConnectionAccessPointInventory
from .error_code import ErrorCode

__all__ = [
    "AddConnectionAccessPointFromRemoteResult",
]


class AddConnectionAccessPointFromRemoteResult(ZStackModel):
    """The result of AddConnectionAccessPointFromRemote (ZStack's `AddConnectionAccessPointFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: ConnectionAccessPointInventory | None = None
