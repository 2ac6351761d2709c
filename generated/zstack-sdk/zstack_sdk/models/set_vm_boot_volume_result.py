"""Result models: SetVmBootVolumeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .vm_instance_inventory import VmInstanceInventory

__all__ = [
    "SetVmBootVolumeResult",
]


class SetVmBootVolumeResult(ZStackModel):
    """The ``SetVmBootVolumeResult`` structure."""

    inventory: VmInstanceInventory | None = None
