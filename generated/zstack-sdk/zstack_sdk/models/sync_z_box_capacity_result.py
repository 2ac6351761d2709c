"""Result models: SyncZBoxCapacityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .z_box_inventory import ZBoxInventory

__all__ = [
    "SyncZBoxCapacityResult",
]


class SyncZBoxCapacityResult(ZStackModel):
    """The result of SyncZBoxCapacity (ZStack's `SyncZBoxCapacityResult`)."""

    error: ErrorCode | None = None

    inventory: ZBoxInventory | None = None
