"""Result models: UpdateVmNicMacResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_nic_inventory import VmNicInventory

__all__ = [
    "UpdateVmNicMacResult",
]


class UpdateVmNicMacResult(ZStackModel):
    """The result of UpdateVmNicMac (ZStack's `UpdateVmNicMacResult`)."""

    error: ErrorCode | None = None

    inventory: VmNicInventory | None = None
