"""Result models: AffinityGroupUsageInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AffinityGroupUsageInventory",
]


class AffinityGroupUsageInventory(ZStackModel):
    """ZStack's `AffinityGroupUsageInventory`."""

    affinity_group_uuid: str | None = None
    """亲和组UUID (since 2.2)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.2)"""

    resource_type: str | None = None
    """加入亲和组的资源类型 (since 2.2)"""

    resource_uuid: str | None = None
    """加入亲和组的资源UUID (since 2.2)"""

    uuid: str | None = None
    """亲和组与资源绑定关系的UUID (since 2.2)"""
