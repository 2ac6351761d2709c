"""Result models: AddJitSecurityMachineResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .security_machine_inventory import SecurityMachineInventory

__all__ = [
    "AddJitSecurityMachineResult",
]


class AddJitSecurityMachineResult(ZStackModel):
    """The result of AddJitSecurityMachine (ZStack's `AddSecurityMachineResult`)."""

    error: ErrorCode | None = None

    inventory: SecurityMachineInventory | None = None
