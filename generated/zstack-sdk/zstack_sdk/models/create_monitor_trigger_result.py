"""Result models: CreateMonitorTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .monitor_trigger_inventory import MonitorTriggerInventory

__all__ = [
    "CreateMonitorTriggerResult",
]


class CreateMonitorTriggerResult(ZStackModel):
    """The result of CreateMonitorTrigger (ZStack's `CreateMonitorTriggerResult`)."""

    error: ErrorCode | None = None

    inventory: MonitorTriggerInventory | None = None
