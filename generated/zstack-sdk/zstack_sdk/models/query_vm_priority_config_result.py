"""Result models: QueryVmPriorityConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_priority_config_inventory import VmPriorityConfigInventory

__all__ = [
    "QueryVmPriorityConfigResult",
]


class QueryVmPriorityConfigResult(ZStackModel):
    """The result of QueryVmPriorityConfig (ZStack's `QueryVmPriorityConfigResult`)."""

    error: ErrorCode | None = None

    inventories: list[VmPriorityConfigInventory] | None = None

    total: int | None = None
