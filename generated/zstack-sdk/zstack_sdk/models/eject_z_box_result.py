"""Result models: EjectZBoxResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .z_box_inventory import ZBoxInventory

__all__ = [
    "EjectZBoxResult",
]


class EjectZBoxResult(ZStackModel):
    """The result of EjectZBox (ZStack's `EjectZBoxResult`)."""

    error: ErrorCode | None = None

    inventory: ZBoxInventory | None = None
