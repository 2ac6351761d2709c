"""Result models: CloneVmInstanceResults (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .clone_vm_instance_inventory import CloneVmInstanceInventory

__all__ = [
    "CloneVmInstanceResults",
]


class CloneVmInstanceResults(ZStackModel):
    """ZStack's `CloneVmInstanceResults`."""

    inventories: list[CloneVmInstanceInventory] | None = None
    """详情参考inventories (since 0.6)"""

    number_of_cloned_vm: int | None = None
    """numberOfClonedVm (since 0.6)"""
