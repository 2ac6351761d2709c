"""Result models: AttachL3NetworkToVmNicResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_nic_inventory import VmNicInventory

__all__ = [
    "AttachL3NetworkToVmNicResult",
]


class AttachL3NetworkToVmNicResult(ZStackModel):
    """The result of AttachL3NetworkToVmNic (ZStack's `AttachL3NetworkToVmNicResult`)."""

    error: ErrorCode | None = None

    inventory: VmNicInventory | None = None
