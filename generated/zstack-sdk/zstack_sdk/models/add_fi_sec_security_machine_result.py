"""Result models: AddFiSecSecurityMachineResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .security_machine_inventory import SecurityMachineInventory

__all__ = [
    "AddFiSecSecurityMachineResult",
]


class AddFiSecSecurityMachineResult(ZStackModel):
    """The result of AddFiSecSecurityMachine (ZStack's `AddSecurityMachineResult`)."""

    error: ErrorCode | None = None

    inventory: SecurityMachineInventory | None = None
