"""Result models: UpdateActiveAlarmTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .active_alarm_template_inventory import ActiveAlarmTemplateInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateActiveAlarmTemplateResult",
]


class UpdateActiveAlarmTemplateResult(ZStackModel):
    """The result of UpdateActiveAlarmTemplate (ZStack's `UpdateActiveAlarmTemplateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.0)"""

    inventory: ActiveAlarmTemplateInventory | None = None
    """详情参考inventory (since 4.7.0)"""

    success: bool | None = None
    """success (since 4.7.0)"""
