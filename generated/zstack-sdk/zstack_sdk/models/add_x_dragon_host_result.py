"""Result models: AddXDragonHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_inventory import HostInventory

__all__ = [
    "AddXDragonHostResult",
]


class AddXDragonHostResult(ZStackModel):
    """The result of AddXDragonHost (ZStack's `AddHostResult`)."""

    error: ErrorCode | None = None

    inventory: HostInventory | None = None
