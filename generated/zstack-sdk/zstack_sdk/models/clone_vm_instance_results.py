"""Result models: CloneVmInstanceResults (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .inventory import Inventory

__all__ = [
    "CloneVmInstanceResults",
]


class CloneVmInstanceResults(ZStackModel):
    """The ``CloneVmInstanceResults`` structure."""

    inventories: list[Inventory] | None = None
    """详情参考inventories (since 0.6)"""

    number_of_cloned_vm: int | None = None
    """numberOfClonedVm (since 0.6)"""
