"""Result models: ChangeMonitorTriggerActionStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .monitor_trigger_action_inventory import MonitorTriggerActionInventory

__all__ = [
    "ChangeMonitorTriggerActionStateResult",
]


class ChangeMonitorTriggerActionStateResult(ZStackModel):
    """The result of ChangeMonitorTriggerActionState (ZStack's `ChangeMonitorTriggerActionStateResult`)."""

    error: ErrorCode | None = None

    inventory: MonitorTriggerActionInventory | None = None
