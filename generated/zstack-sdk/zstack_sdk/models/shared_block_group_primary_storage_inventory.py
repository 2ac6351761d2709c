"""Result models: SharedBlockGroupPrimaryStorageInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from .._models import ZStackDateTime, ZStackModel
from .shared_block_inventory import SharedBlockInventory

__all__ = [
    "SharedBlockGroupPrimaryStorageInventory",
]


class SharedBlockGroupPrimaryStorageInventory(ZStackModel):
    """ZStack's `SharedBlockGroupPrimaryStorageInventory`."""

    attached_cluster_uuids: list[Any] | None = None
    """挂载的集群 (since 2.3.2)"""

    available_capacity: int | None = None
    """可用空间 (since 2.3.2)"""

    available_physical_capacity: int | None = None
    """物理可用空间 (since 2.3.2)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3.2)"""

    description: str | None = None
    """资源的详细描述 (since 2.3.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3.2)"""

    mount_path: str | None = None
    """未使用 (since 2.3.2)"""

    name: str | None = None
    """资源名称 (since 2.3.2)"""

    shared_block_group_type: Literal["LvmVolumeGroupBasic"] | str | None = None
    """详情参考sharedBlockGroupType (since 2.3.2)"""

    shared_blocks: list[SharedBlockInventory] | None = None
    """详情参考sharedBlocks (since 2.3.2)"""

    state: str | None = None
    """启用状态 (since 2.3.2)"""

    status: str | None = None
    """连接状态 (since 2.3.2)"""

    system_used_capacity: int | None = None
    """系统使用空间 (since 2.3.2)"""

    total_capacity: int | None = None
    """总空间 (since 2.3.2)"""

    total_physical_capacity: int | None = None
    """总物理空间 (since 2.3.2)"""

    type: str | None = None
    """主存储类型 (since 2.3.2)"""

    url: str | None = None
    """未使用 (since 2.3.2)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3.2)"""

    zone_uuid: str | None = None
    """区域UUID (since 2.3.2)"""
