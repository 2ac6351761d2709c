"""Result models: CreateAutoScalingRuleSchedulerJobTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .auto_scaling_rule_trigger_inventory import AutoScalingRuleTriggerInventory
from .error_code import ErrorCode

__all__ = [
    "CreateAutoScalingRuleSchedulerJobTriggerResult",
]


class CreateAutoScalingRuleSchedulerJobTriggerResult(ZStackModel):
    """The result of CreateAutoScalingRuleSchedulerJobTrigger (ZStack's `CreateAutoScalingRuleTriggerResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.1.0)"""

    inventory: AutoScalingRuleTriggerInventory | None = None
    """详情参考inventory (since 4.1.0)"""
