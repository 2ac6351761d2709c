"""Result models: AffinityGroupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .affinity_group_usage_inventory import AffinityGroupUsageInventory

__all__ = [
    "AffinityGroupInventory",
]


class AffinityGroupInventory(ZStackModel):
    """ZStack's `AffinityGroupInventory`."""

    appliance: str | None = None
    """亲和组使用者标识 (since 2.2)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.2)"""

    description: str | None = None
    """资源的详细描述 (since 2.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.2)"""

    name: str | None = None
    """资源名称 (since 2.2)"""

    policy: str | None = None
    """亲和组策略 (since 2.2)"""

    state: str | None = None
    """state (since 2.3)"""

    type: str | None = None
    """亲和组类型 当前为物理机亲和 未来将增加网络亲和、路由器亲和、数据中心或机架亲和等多种类型 (since 2.2)"""

    usages: list[AffinityGroupUsageInventory] | None = None
    """详情参考usages (since 2.2)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.2)"""

    version: str | None = None
    """亲和组分配算法的版本 (since 2.2)"""

    zone_uuid: str | None = None
