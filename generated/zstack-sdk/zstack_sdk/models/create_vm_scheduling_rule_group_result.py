"""Result models: CreateVmSchedulingRuleGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_scheduling_rule_group_inventory import VmSchedulingRuleGroupInventory

__all__ = [
    "CreateVmSchedulingRuleGroupResult",
]


class CreateVmSchedulingRuleGroupResult(ZStackModel):
    """The result of CreateVmSchedulingRuleGroup (ZStack's `CreateVmSchedulingRuleGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.6.0)"""

    inventory: VmSchedulingRuleGroupInventory | None = None
    """详情参考inventory (since 4.6.0)"""

    success: bool | None = None
    """success (since 4.6.0)"""
