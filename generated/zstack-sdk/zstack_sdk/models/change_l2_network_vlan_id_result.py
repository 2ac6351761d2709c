"""Result models: ChangeL2NetworkVlanIdResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .l2_network_inventory import L2NetworkInventory

__all__ = [
    "ChangeL2NetworkVlanIdResult",
]


class ChangeL2NetworkVlanIdResult(ZStackModel):
    """The ``ChangeL2NetworkVlanIdResult`` structure."""

    inventory: L2NetworkInventory | None = None
