"""Result models: VmSchedulingRuleInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .affinity_group_usage_inventory import AffinityGroupUsageInventory

__all__ = [
    "VmSchedulingRuleInventory",
]


class VmSchedulingRuleInventory(ZStackModel):
    """ZStack's `VmSchedulingRuleInventory`."""

    appliance: str | None = None
    """appliance (since 4.6.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.6.0)"""

    mode: str | None = None
    """执行模式 (since 4.6.0)"""

    name: str | None = None
    """资源名称 (since 4.6.0)"""

    policy: str | None = None
    """policy (since 4.6.0)"""

    rule: str | None = None
    """规则 (since 4.6.0)"""

    state: str | None = None
    """state (since 4.6.0)"""

    type: str | None = None
    """type (since 4.6.0)"""

    usages: list[AffinityGroupUsageInventory] | None = None
    """详情参考usages (since 4.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.6.0)"""

    version: str | None = None
    """version (since 4.6.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 4.6.0)"""
