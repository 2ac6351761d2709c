"""Result models: AutoScalingRuleTriggerInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AutoScalingRuleTriggerInventory",
]


class AutoScalingRuleTriggerInventory(ZStackModel):
    """ZStack's `AutoScalingRuleTriggerInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.1.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.0)"""

    name: str | None = None
    """资源名称 (since 3.1.0)"""

    rule_uuid: str | None = None
    """伸缩规则UUID (since 3.1.0)"""

    state: str | None = None
    """触发器状态 (since 3.1.0)"""

    type: str | None = None
    """触发器类型 (since 3.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.1.0)"""
