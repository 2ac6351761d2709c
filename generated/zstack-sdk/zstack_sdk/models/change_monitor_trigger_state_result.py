"""Result models: ChangeMonitorTriggerStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .monitor_trigger_inventory import MonitorTriggerInventory

__all__ = [
    "ChangeMonitorTriggerStateResult",
]


class ChangeMonitorTriggerStateResult(ZStackModel):
    """The result of ChangeMonitorTriggerState (ZStack's `ChangeMonitorTriggerStateResult`)."""

    error: ErrorCode | None = None

    inventory: MonitorTriggerInventory | None = None
