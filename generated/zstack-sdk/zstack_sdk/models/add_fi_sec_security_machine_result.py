"""Result models: AddFiSecSecurityMachineResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .security_machine_inventory import SecurityMachineInventory

__all__ = [
    "AddFiSecSecurityMachineResult",
]


class AddFiSecSecurityMachineResult(ZStackModel):
    """The ``AddFiSecSecurityMachineResult`` structure."""

    inventory: SecurityMachineInventory | None = None
