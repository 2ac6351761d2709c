"""Result models: CreateMonitorGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .monitor_group_inventory import MonitorGroupInventory

__all__ = [
    "CreateMonitorGroupResult",
]


class CreateMonitorGroupResult(ZStackModel):
    """The ``CreateMonitorGroupResult`` structure."""

    inventory: MonitorGroupInventory | None = None
