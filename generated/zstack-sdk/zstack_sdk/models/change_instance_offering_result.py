"""Result models: ChangeInstanceOfferingResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_instance_inventory import VmInstanceInventory

__all__ = [
    "ChangeInstanceOfferingResult",
]


class ChangeInstanceOfferingResult(ZStackModel):
    """The result of ChangeInstanceOffering (ZStack's `ChangeInstanceOfferingResult`)."""

    error: ErrorCode | None = None

    inventory: VmInstanceInventory | None = None
