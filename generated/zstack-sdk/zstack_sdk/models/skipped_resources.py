"""Result models: SkippedResources (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .vm_instance_inventory import VmInstanceInventory

__all__ = [
    "SkippedResources",
]


class SkippedResources(ZStackModel):
    """The ``SkippedResources`` structure."""

    vm_instances: list[VmInstanceInventory] | None = None
    """详情参考vmInstances (since 4.5.3)"""
