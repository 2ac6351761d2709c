"""Result models: UpdateMonitorGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .monitor_group_inventory import MonitorGroupInventory

__all__ = [
    "UpdateMonitorGroupResult",
]


class UpdateMonitorGroupResult(ZStackModel):
    """The result of UpdateMonitorGroup (ZStack's `UpdateMonitorGroupResult`)."""

    error: ErrorCode | None = None

    inventory: MonitorGroupInventory | None = None
