"""Result models: AddLabelToAlarmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .alarm_label_inventory import AlarmLabelInventory
from .error_code import ErrorCode

__all__ = [
    "AddLabelToAlarmResult",
]


class AddLabelToAlarmResult(ZStackModel):
    """The result of AddLabelToAlarm (ZStack's `AddLabelToAlarmResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventory: AlarmLabelInventory | None = None
    """详情参考inventory (since 2.3)"""
