"""Result models: ChangeMonitorTriggerStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .monitor_trigger_inventory import MonitorTriggerInventory

__all__ = [
    "ChangeMonitorTriggerStateResult",
]


class ChangeMonitorTriggerStateResult(ZStackModel):
    """The ``ChangeMonitorTriggerStateResult`` structure."""

    inventory: MonitorTriggerInventory | None = None
