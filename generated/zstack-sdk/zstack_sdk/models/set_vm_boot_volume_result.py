"""Result models: SetVmBootVolumeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_inventory import VmInstanceInventory

__all__ = [
    "SetVmBootVolumeResult",
]


class SetVmBootVolumeResult(ZStackModel):
    """The result of SetVmBootVolume (ZStack's `SetVmBootVolumeResult`)."""

    error: ErrorCode | None = None

    inventory: VmInstanceInventory | None = None
