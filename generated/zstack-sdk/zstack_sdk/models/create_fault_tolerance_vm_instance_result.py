"""Result models: CreateFaultToleranceVmInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_inventory import VmInstanceInventory

__all__ = [
    "CreateFaultToleranceVmInstanceResult",
]


class CreateFaultToleranceVmInstanceResult(ZStackModel):
    """The result of CreateFaultToleranceVmInstance (ZStack's `CreateFaultToleranceVmInstanceResult`)."""

    error: ErrorCode | None = None

    fault_tolerance_vm_group_inventory: VmInstanceInventory | None = None

    primary_vm_inventory: VmInstanceInventory | None = None

    secondary_vm_inventory: VmInstanceInventory | None = None
