"""Result models: CreateAutoScalingGroupRemovalInstanceRuleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .auto_scaling_rule_inventory import AutoScalingRuleInventory
from .error_code import ErrorCode

__all__ = [
    "CreateAutoScalingGroupRemovalInstanceRuleResult",
]


class CreateAutoScalingGroupRemovalInstanceRuleResult(ZStackModel):
    """The result of CreateAutoScalingGroupRemovalInstanceRule (ZStack's `CreateAutoScalingRuleResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.0)"""

    inventory: AutoScalingRuleInventory | None = None
    """详情参考inventory (since 3.1.0)"""
