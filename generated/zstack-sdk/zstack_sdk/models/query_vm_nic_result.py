"""Result models: QueryVmNicResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_nic_inventory import VmNicInventory

__all__ = [
    "QueryVmNicResult",
]


class QueryVmNicResult(ZStackModel):
    """The result of QueryVmNic (ZStack's `QueryVmNicResult`)."""

    error: ErrorCode | None = None

    inventories: list[VmNicInventory] | None = None

    total: int | None = None
