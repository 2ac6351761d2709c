"""Result models: AddInstanceToMonitorGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .monitor_group_instance_inventory import MonitorGroupInstanceInventory

__all__ = [
    "AddInstanceToMonitorGroupResult",
]


class AddInstanceToMonitorGroupResult(ZStackModel):
    """The result of AddInstanceToMonitorGroup (ZStack's `AddInstanceToMonitorGroupResult`)."""

    error: ErrorCode | None = None

    inventory: MonitorGroupInstanceInventory | None = None
