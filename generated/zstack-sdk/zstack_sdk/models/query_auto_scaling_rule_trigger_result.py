"""Result models: QueryAutoScalingRuleTriggerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .auto_scaling_rule_trigger_inventory import AutoScalingRuleTriggerInventory
from .error_code import ErrorCode

__all__ = [
    "QueryAutoScalingRuleTriggerResult",
]


class QueryAutoScalingRuleTriggerResult(ZStackModel):
    """The result of QueryAutoScalingRuleTrigger (ZStack's `QueryAutoScalingRuleTriggerResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.0)"""

    inventories: list[AutoScalingRuleTriggerInventory] | None = None
    """详情参考inventories (since 3.1.0)"""

    total: int | None = None
