"""Result models: ResourceConfigInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ResourceConfigInventory",
]


class ResourceConfigInventory(ZStackModel):
    """ZStack's `ResourceConfigInventory`."""

    category: str | None = None
    """配置类别 (since 3.4.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.4.0)"""

    description: str | None = None
    """配置的详细描述 (since 3.4.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.4.0)"""

    name: str | None = None
    """配置名称 (since 3.4.0)"""

    resource_type: str | None = None
    """配置对应的资源类型 (since 3.4.0)"""

    resource_uuid: str | None = None
    """配置对应的资源UUID (since 3.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.4.0)"""

    value: str | None = None
    """配置的值 (since 3.4.0)"""
