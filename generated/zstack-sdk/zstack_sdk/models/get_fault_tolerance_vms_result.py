"""Result models: GetFaultToleranceVmsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_inventory import VmInstanceInventory

__all__ = [
    "GetFaultToleranceVmsResult",
]


class GetFaultToleranceVmsResult(ZStackModel):
    """The result of GetFaultToleranceVms (ZStack's `GetFaultToleranceVmsResult`)."""

    error: ErrorCode | None = None

    primary_vm_inventory: VmInstanceInventory | None = None

    secondary_vm_inventory: VmInstanceInventory | None = None
