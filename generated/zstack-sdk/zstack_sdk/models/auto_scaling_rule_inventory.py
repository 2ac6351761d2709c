"""Result models: AutoScalingRuleInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from .._models import ZStackDateTime, ZStackModel
from .auto_scaling_rule_trigger_inventory import AutoScalingRuleTriggerInventory

__all__ = [
    "AutoScalingRuleInventory",
]


class AutoScalingRuleInventory(ZStackModel):
    """ZStack's `AutoScalingRuleInventory`."""

    cooldown: int | None = None
    """冷却时间 (since 3.1.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.1.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.0)"""

    name: str | None = None
    """资源名称 (since 3.1.0)"""

    rule_triggers: list[AutoScalingRuleTriggerInventory] | None = None
    """详情参考ruleTriggers (since 3.1.0)"""

    scaling_group_uuid: str | None = None
    """scalingGroupUuid (since 3.1.0)"""

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 3.1.0)"""

    status: Literal["Created", "WaitingForTrigger", "Triggering", "Error"] | str | None = None
    """详情参考status (since 3.1.0)"""

    system_tags: list[Any] | None = None
    """systemTags (since 3.1.0)"""

    type: str | None = None
    """伸缩组规则类型 (since 3.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.1.0)"""
