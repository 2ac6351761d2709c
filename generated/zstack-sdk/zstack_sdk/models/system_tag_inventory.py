"""Result models: SystemTagInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SystemTagInventory",
]


class SystemTagInventory(ZStackModel):
    """ZStack's `SystemTagInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    inherent: bool | None = None
    """内部系统标签 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    resource_type: str | None = None
    """当创建一个标签时, 用户必须制定标签所关联的资源类型(resource type) (since 0.6)"""

    resource_uuid: str | None = None
    """用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID (since 0.6)"""

    tag: str | None = None
    """标签字符串 (since 0.6)"""

    type: str | None = None
    """保留域, 请不要使用它 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
