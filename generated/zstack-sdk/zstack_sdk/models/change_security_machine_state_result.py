"""Result models: ChangeSecurityMachineStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .security_machine_inventory import SecurityMachineInventory

__all__ = [
    "ChangeSecurityMachineStateResult",
]


class ChangeSecurityMachineStateResult(ZStackModel):
    """The result of ChangeSecurityMachineState (ZStack's `ChangeSecurityMachineStateResult`)."""

    error: ErrorCode | None = None

    inventory: SecurityMachineInventory | None = None
