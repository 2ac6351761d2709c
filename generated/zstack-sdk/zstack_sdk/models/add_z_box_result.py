"""Result models: AddZBoxResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .z_box_inventory import ZBoxInventory

__all__ = [
    "AddZBoxResult",
]


class AddZBoxResult(ZStackModel):
    """The ``AddZBoxResult`` structure."""

    inventory: ZBoxInventory | None = None
