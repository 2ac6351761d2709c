"""Result models: AutoScalingGroupActivityInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AutoScalingGroupActivityInventory",
]


class AutoScalingGroupActivityInventory(ZStackModel):
    """ZStack's `AutoScalingGroupActivityInventory`."""

    activity_action: str | None = None
    """伸缩活动类型 (since 3.1.0)"""

    activity_action_result_message: str | None = None
    """伸缩活动执行结果 (since 3.1.0)"""

    cause: str | None = None
    """触发伸缩活动的原因 (since 3.1.0)"""

    create_date: ZStackDateTime | None = None
    """伸缩活动创建时间 (since 3.1.0)"""

    description: str | None = None
    """活动详细描述 (since 3.1.0)"""

    end_date: ZStackDateTime | None = None
    """伸缩活动执行结束时间 (since 3.1.0)"""

    instance_uuids: str | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.0)"""

    name: str | None = None
    """资源名称 (since 3.1.0)"""

    scaling_group_rule_uuid: str | None = None
    """伸缩规则UUID (since 3.1.0)"""

    scaling_group_uuid: str | None = None
    """伸缩组UUID (since 3.1.0)"""

    status: str | None = None
    """伸缩活动状态 (since 3.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.1.0)"""
