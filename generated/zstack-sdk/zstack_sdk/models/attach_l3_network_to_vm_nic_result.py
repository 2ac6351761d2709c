"""Result models: AttachL3NetworkToVmNicResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .vm_nic_inventory import VmNicInventory

__all__ = [
    "AttachL3NetworkToVmNicResult",
]


class AttachL3NetworkToVmNicResult(ZStackModel):
    """The ``AttachL3NetworkToVmNicResult`` structure."""

    inventory: VmNicInventory | None = None
