"""Result models: UpdateMonitorGroupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode
from .monitor_group_inventory import MonitorGroupInventory

__all__ = [
    "UpdateMonitorGroupResult",
]


class UpdateMonitorGroupResult(ZStackModel):
    """The result of UpdateMonitorGroup (ZStack's `UpdateMonitorGroupResult`)."""

    error: ErrorCode | None = None

    inventory: MonitorGroupInventory | None = None
