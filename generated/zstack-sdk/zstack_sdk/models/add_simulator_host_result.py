"""Result models: AddSimulatorHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .host_inventory import HostInventory

__all__ = [
    "AddSimulatorHostResult",
]


class AddSimulatorHostResult(ZStackModel):
    """The ``AddSimulatorHostResult`` structure."""

    inventory: HostInventory | None = None
