"""Result models: CreateVxlanVtepResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .vtep_inventory import VtepInventory

__all__ = [
    "CreateVxlanVtepResult",
]


class CreateVxlanVtepResult(ZStackModel):
    """The ``CreateVxlanVtepResult`` structure."""

    inventory: VtepInventory | None = None
