"""Result models: CreateEmailMonitorTriggerActionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .monitor_trigger_action_inventory import MonitorTriggerActionInventory

__all__ = [
    "CreateEmailMonitorTriggerActionResult",
]


class CreateEmailMonitorTriggerActionResult(ZStackModel):
    """The result of CreateEmailMonitorTriggerAction (ZStack's `CreateMonitorTriggerActionResult`)."""

    error: ErrorCode | None = None

    inventory: MonitorTriggerActionInventory | None = None
