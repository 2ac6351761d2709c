"""Result models: AutoScalingGroupInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AutoScalingGroupInventory",
]


class AutoScalingGroupInventory(ZStackModel):
    """ZStack's `AutoScalingGroupInventory`."""

    attached_templates: list[Any] | None = None
    """挂载的伸缩组云主机模板列表 (since 3.1.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.1.0)"""

    default_cooldown: int | None = None
    """伸缩规则默认冷却时间 (since 3.1.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.0)"""

    max_resource_size: int | None = None
    """伸缩组里最多云主机数量 (since 3.1.0)"""

    min_resource_size: int | None = None
    """伸缩组里最少云主机数量 (since 3.1.0)"""

    name: str | None = None
    """资源名称 (since 3.1.0)"""

    removal_policy: str | None = None
    """删除云主机默认策略 (since 3.1.0)"""

    scaling_resource_type: str | None = None
    """伸缩资源类型：云主机 (since 3.1.0)"""

    state: str | None = None
    """伸缩组启用状态 (since 3.1.0)"""

    system_tags: list[Any] | None = None
    """systemTags (since 3.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.1.0)"""
