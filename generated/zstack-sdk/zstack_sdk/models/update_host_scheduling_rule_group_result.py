"""Result models: UpdateHostSchedulingRuleGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_scheduling_rule_group_inventory import HostSchedulingRuleGroupInventory

__all__ = [
    "UpdateHostSchedulingRuleGroupResult",
]


class UpdateHostSchedulingRuleGroupResult(ZStackModel):
    """The result of UpdateHostSchedulingRuleGroup (ZStack's `UpdateHostSchedulingRuleGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.6.0)"""

    inventory: HostSchedulingRuleGroupInventory | None = None
    """详情参考inventory (since 4.6.0)"""

    success: bool | None = None
    """success (since 4.6.0)"""
