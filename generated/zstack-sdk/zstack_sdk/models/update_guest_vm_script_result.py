"""Result models: UpdateGuestVmScriptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .guest_vm_script_inventory import GuestVmScriptInventory

__all__ = [
    "UpdateGuestVmScriptResult",
]


class UpdateGuestVmScriptResult(ZStackModel):
    """The result of UpdateGuestVmScript (ZStack's `UpdateGuestVmScriptResult`)."""

    error: ErrorCode | None = None

    inventory: GuestVmScriptInventory | None = None
