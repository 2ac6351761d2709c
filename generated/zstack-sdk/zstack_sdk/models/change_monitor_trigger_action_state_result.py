"""Result models: ChangeMonitorTriggerActionStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .monitor_trigger_action_inventory import MonitorTriggerActionInventory

__all__ = [
    "ChangeMonitorTriggerActionStateResult",
]


class ChangeMonitorTriggerActionStateResult(ZStackModel):
    """The ``ChangeMonitorTriggerActionStateResult`` structure."""

    inventory: MonitorTriggerActionInventory | None = None
