"""Result models: UpdateSchedulerTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .scheduler_trigger_inventory import SchedulerTriggerInventory

__all__ = [
    "UpdateSchedulerTriggerResult",
]


class UpdateSchedulerTriggerResult(ZStackModel):
    """The result of UpdateSchedulerTrigger (ZStack's `UpdateSchedulerTriggerResult`)."""

    error: ErrorCode | None = None

    inventory: SchedulerTriggerInventory | None = None
