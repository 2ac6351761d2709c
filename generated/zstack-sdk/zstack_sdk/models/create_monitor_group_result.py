"""Result models: CreateMonitorGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .monitor_group_inventory import MonitorGroupInventory

__all__ = [
    "CreateMonitorGroupResult",
]


class CreateMonitorGroupResult(ZStackModel):
    """The result of CreateMonitorGroup (ZStack's `CreateMonitorGroupResult`)."""

    error: ErrorCode | None = None

    inventory: MonitorGroupInventory | None = None
