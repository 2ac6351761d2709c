"""Result models: UpdateMonitorTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .monitor_trigger_inventory import MonitorTriggerInventory

__all__ = [
    "UpdateMonitorTriggerResult",
]


class UpdateMonitorTriggerResult(ZStackModel):
    """The result of UpdateMonitorTrigger (ZStack's `UpdateMonitorTriggerResult`)."""

    error: ErrorCode | None = None

    inventory: MonitorTriggerInventory | None = None
