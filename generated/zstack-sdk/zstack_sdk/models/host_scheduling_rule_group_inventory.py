"""Result models: HostSchedulingRuleGroupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HostSchedulingRuleGroupInventory",
]


class HostSchedulingRuleGroupInventory(ZStackModel):
    """ZStack's `HostSchedulingRuleGroupInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.6.0)"""

    name: str | None = None
    """资源名称 (since 4.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.6.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 4.6.0)"""
