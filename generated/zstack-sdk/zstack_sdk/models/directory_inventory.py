"""Result models: DirectoryInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "DirectoryInventory",
]


class DirectoryInventory(ZStackModel):
    """ZStack's `DirectoryInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.6.0)"""

    group_name: str | None = None
    """所属分组 (since 4.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.6.0)"""

    name: str | None = None
    """资源名称 (since 4.6.0)"""

    parent_uuid: str | None = None
    """父级目录UUID (since 4.6.0)"""

    root_directory_uuid: str | None = None
    """根目录UUID (since 4.6.0)"""

    type: str | None = None
    """目录类型 (since 4.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.6.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 4.6.0)"""
