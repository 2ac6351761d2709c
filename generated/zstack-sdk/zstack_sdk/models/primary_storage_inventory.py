"""Result models: PrimaryStorageInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PrimaryStorageInventory",
]


class PrimaryStorageInventory(ZStackModel):
    """ZStack's `PrimaryStorageInventory`."""

    attached_cluster_uuids: list[str] | None = None
    """挂载的集群 (since 0.6)"""

    available_capacity: int | None = None
    """可用空间 (since 0.6)"""

    available_physical_capacity: int | None = None
    """物理可用空间 (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    mount_path: str | None = None
    """mountPath (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    state: str | None = None
    """启用状态 (since 0.6)"""

    status: str | None = None
    """连接状态 (since 0.6)"""

    system_used_capacity: int | None = None
    """系统使用空间 (since 0.6)"""

    total_capacity: int | None = None
    """总空间 (since 0.6)"""

    total_physical_capacity: int | None = None
    """总物理空间 (since 0.6)"""

    type: str | None = None
    """主存储类型 (since 0.6)"""

    url: str | None = None
    """url (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
