"""Result models: UpdateFiSecSecurityMachineResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .security_machine_inventory import SecurityMachineInventory

__all__ = [
    "UpdateFiSecSecurityMachineResult",
]


class UpdateFiSecSecurityMachineResult(ZStackModel):
    """The result of UpdateFiSecSecurityMachine (ZStack's `UpdateSecurityMachineResult`)."""

    error: ErrorCode | None = None

    inventory: SecurityMachineInventory | None = None
