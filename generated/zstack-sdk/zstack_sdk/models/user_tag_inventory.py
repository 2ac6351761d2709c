"""Result models: UserTagInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .tag_pattern_inventory import TagPatternInventory

__all__ = [
    "UserTagInventory",
]


class UserTagInventory(ZStackModel):
    """ZStack's `UserTagInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    resource_type: str | None = None
    """当创建一个标签时, 用户必须制定标签所关联的资源类型(resource type) (since 0.6)"""

    resource_uuid: str | None = None
    """用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID (since 0.6)"""

    tag: str | None = None
    """标签字符串 (since 0.6)"""

    tag_pattern: TagPatternInventory | None = None
    """详情参考tagPattern (since 3.2.0)"""

    tag_pattern_uuid: str | None = None
    """tagPatternUuid (since 3.2.0)"""

    type: str | None = None
    """保留域, 请不要使用它 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
