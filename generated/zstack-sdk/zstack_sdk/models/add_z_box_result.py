"""Result models: AddZBoxResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .z_box_inventory import ZBoxInventory

__all__ = [
    "AddZBoxResult",
]


class AddZBoxResult(ZStackModel):
    """The result of AddZBox (ZStack's `AddZBoxResult`)."""

    error: ErrorCode | None = None

    inventory: ZBoxInventory | None = None
