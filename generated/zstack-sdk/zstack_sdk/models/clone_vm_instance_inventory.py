"""Result models: CloneVmInstanceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_inventory import VmInstanceInventory

__all__ = [
    "CloneVmInstanceInventory",
]


class CloneVmInstanceInventory(ZStackModel):
    """ZStack's `CloneVmInstanceInventory`."""

    error: ErrorCode | None = None
    """详情参考error (since 0.6)"""

    inventory: VmInstanceInventory | None = None
    """详情参考inventory (since 0.6)"""
