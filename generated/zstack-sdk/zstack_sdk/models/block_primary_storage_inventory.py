"""Result models: BlockPrimaryStorageInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BlockPrimaryStorageInventory",
]


class BlockPrimaryStorageInventory(ZStackModel):
    """ZStack's `BlockPrimaryStorageInventory`."""

    attached_cluster_uuids: list[Any] | None = None
    """挂载的集群 (since 4.8.0)"""

    available_capacity: int | None = None
    """可用空间 (since 4.8.0)"""

    available_physical_capacity: int | None = None
    """物理可用空间 (since 4.8.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.8.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.8.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.8.0)"""

    metadata: str | None = None
    """存储元数据 (since 4.8.0)"""

    mount_path: str | None = None
    """未使用 (since 4.8.0)"""

    name: str | None = None
    """主存储名称 (since 4.8.0)"""

    state: str | None = None
    """启用状态 (since 4.8.0)"""

    status: str | None = None
    """连接状态 (since 4.8.0)"""

    system_used_capacity: int | None = None
    """系统使用空间 (since 4.8.0)"""

    total_capacity: int | None = None
    """总空间 (since 4.8.0)"""

    total_physical_capacity: int | None = None
    """总物理空间 (since 4.8.0)"""

    type: str | None = None
    """主存储类型 (since 4.8.0)"""

    url: str | None = None
    """未使用 (since 4.8.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.8.0)"""

    vendor_name: str | None = None
    """存储厂商名称 (since 4.8.0)"""

    zone_uuid: str | None = None
    """区域UUID (since 4.8.0)"""
