"""Result models: AddSanSecSecurityMachineResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .security_machine_inventory import SecurityMachineInventory

__all__ = [
    "AddSanSecSecurityMachineResult",
]


class AddSanSecSecurityMachineResult(ZStackModel):
    """The result of AddSanSecSecurityMachine (ZStack's `AddSecurityMachineResult`)."""

    error: ErrorCode | None = None

    inventory: SecurityMachineInventory | None = None
