"""Result models: UpdateEmailMonitorTriggerActionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .monitor_trigger_action_inventory import MonitorTriggerActionInventory

__all__ = [
    "UpdateEmailMonitorTriggerActionResult",
]


class UpdateEmailMonitorTriggerActionResult(ZStackModel):
    """The result of UpdateEmailMonitorTriggerAction (ZStack's `UpdateMonitorTriggerActionResult`)."""

    error: ErrorCode | None = None

    inventory: MonitorTriggerActionInventory | None = None
