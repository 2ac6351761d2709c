"""Result models: RemoveLabelFromAlarmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .alarm_inventory import AlarmInventory
from .error_code import ErrorCode

__all__ = [
    "RemoveLabelFromAlarmResult",
]


class RemoveLabelFromAlarmResult(ZStackModel):
    """The result of RemoveLabelFromAlarm (ZStack's `RemoveLabelFromAlarmResult`)."""

    error: ErrorCode | None = None

    inventory: AlarmInventory | None = None
