"""Result models: AutoScalingGroupInstanceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AutoScalingGroupInstanceInventory",
]


class AutoScalingGroupInstanceInventory(ZStackModel):
    """ZStack's `AutoScalingGroupInstanceInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.1.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.1.0)"""

    health_status: str | None = None
    """云主机在伸缩组里的健康状态 (since 3.1.0)"""

    instance_uuid: str | None = None
    """云主机UUID (since 3.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.0)"""

    protection_strategy: str | None = None
    """实例保护策略 (since 0.6)"""

    scaling_group_activity_uuid: str | None = None
    """伸缩活动UUID (since 3.1.0)"""

    scaling_group_uuid: str | None = None
    """伸缩组UUID (since 3.1.0)"""

    status: str | None = None
    """云主机在伸缩组里的状态 (since 3.1.0)"""

    template_uuid: str | None = None
    """伸缩组云主机模块UUID (since 3.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.1.0)"""
