"""Result models: AddFiSecSecurityMachineResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .security_machine_inventory import SecurityMachineInventory

__all__ = [
    "AddFiSecSecurityMachineResult",
]


class AddFiSecSecurityMachineResult(ZStackModel):
    """The ``AddFiSecSecurityMachineResult`` structure."""

    inventory: SecurityMachineInventory | None = None
