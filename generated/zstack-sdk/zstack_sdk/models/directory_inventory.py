"""Result models: DirectoryInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "DirectoryInventory",
]


class DirectoryInventory(ZStackModel):
    """The ``DirectoryInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.3.20)"""

    group_name: str | None = None
    """所属分组 (since 5.3.20)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.3.20)"""

    name: str | None = None
    """资源名称 (since 5.3.20)"""

    parent_uuid: str | None = None
    """父级目录UUID (since 5.3.20)"""

    root_directory_uuid: str | None = None
    """根目录UUID (since 5.3.20)"""

    type: str | None = None
    """目录类型 (since 5.3.20)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.3.20)"""

    zone_uuid: str | None = None
    """区域UUID (since 5.3.20)"""
