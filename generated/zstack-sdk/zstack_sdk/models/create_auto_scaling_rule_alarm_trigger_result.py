"""Result models: CreateAutoScalingRuleAlarmTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .auto_scaling_rule_trigger_inventory import AutoScalingRuleTriggerInventory
from .error_code import ErrorCode

__all__ = [
    "CreateAutoScalingRuleAlarmTriggerResult",
]


class CreateAutoScalingRuleAlarmTriggerResult(ZStackModel):
    """The result of CreateAutoScalingRuleAlarmTrigger (ZStack's `CreateAutoScalingRuleTriggerResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.0)"""

    inventory: AutoScalingRuleTriggerInventory | None = None
    """详情参考inventory (since 3.1.0)"""
