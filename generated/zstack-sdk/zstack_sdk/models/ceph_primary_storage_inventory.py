"""Result models: CephPrimaryStorageInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .ceph_primary_storage_mon_inventory import CephPrimaryStorageMonInventory
from .ceph_primary_storage_pool_inventory import CephPrimaryStoragePoolInventory

__all__ = [
    "CephPrimaryStorageInventory",
]


class CephPrimaryStorageInventory(ZStackModel):
    """ZStack's `CephPrimaryStorageInventory`."""

    attached_cluster_uuids: list[str] | None = None
    """attachedClusterUuids (since 0.6)"""

    available_capacity: int | None = None
    """availableCapacity (since 0.6)"""

    available_physical_capacity: int | None = None
    """availablePhysicalCapacity (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    fsid: str | None = None
    """fsid (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    mons: list[CephPrimaryStorageMonInventory] | None = None
    """详情参考mons (since 0.6)"""

    mount_path: str | None = None
    """mountPath (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    pools: list[CephPrimaryStoragePoolInventory] | None = None

    state: str | None = None
    """state (since 0.6)"""

    status: str | None = None
    """status (since 0.6)"""

    system_used_capacity: int | None = None
    """systemUsedCapacity (since 0.6)"""

    total_capacity: int | None = None
    """totalCapacity (since 0.6)"""

    total_physical_capacity: int | None = None
    """totalPhysicalCapacity (since 0.6)"""

    type: str | None = None
    """type (since 0.6)"""

    url: str | None = None
    """url (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    zone_uuid: str | None = None
    """区域UUID (since 0.6)"""
