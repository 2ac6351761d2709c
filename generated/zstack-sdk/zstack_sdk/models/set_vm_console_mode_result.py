"""Result models: SetVmConsoleModeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_inventory import VmInstanceInventory

__all__ = [
    "SetVmConsoleModeResult",
]


class SetVmConsoleModeResult(ZStackModel):
    """The result of SetVmConsoleMode (ZStack's `SetVmConsoleModeResult`)."""

    error: ErrorCode | None = None

    inventory: VmInstanceInventory | None = None
