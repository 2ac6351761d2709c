"""Result models: UpdateSecurityMachineResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .security_machine_inventory import SecurityMachineInventory

__all__ = [
    "UpdateSecurityMachineResult",
]


class UpdateSecurityMachineResult(ZStackModel):
    """The result of UpdateSecurityMachine (ZStack's `UpdateSecurityMachineResult`)."""

    error: ErrorCode | None = None

    inventory: SecurityMachineInventory | None = None
