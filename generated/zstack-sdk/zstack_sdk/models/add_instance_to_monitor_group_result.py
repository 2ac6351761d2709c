"""Result models: AddInstanceToMonitorGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .monitor_group_instance_inventory import MonitorGroupInstanceInventory

__all__ = [
    "AddInstanceToMonitorGroupResult",
]


class AddInstanceToMonitorGroupResult(ZStackModel):
    """The ``AddInstanceToMonitorGroupResult`` structure."""

    inventory: MonitorGroupInstanceInventory | None = None
