"""Result models: CephBackupStorageInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .ceph_backup_storage_mon_inventory import CephBackupStorageMonInventory

__all__ = [
    "CephBackupStorageInventory",
]


class CephBackupStorageInventory(ZStackModel):
    """ZStack's `CephBackupStorageInventory`."""

    attached_zone_uuids: list[str] | None = None
    """attachedZoneUuids (since 0.6)"""

    available_capacity: int | None = None
    """availableCapacity (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    fsid: str | None = None
    """fsid (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    mons: list[CephBackupStorageMonInventory] | None = None
    """详情参考mons (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    pool_available_capacity: int | None = None
    """poolAvailableCapacity (since 2.3.2)"""

    pool_disk_utilization: float | None = None

    pool_name: str | None = None
    """poolName (since 0.6)"""

    pool_replicated_size: int | None = None
    """poolReplicatedSize (since 2.3.2)"""

    pool_security_policy: str | None = None

    pool_used_capacity: int | None = None
    """poolUsedCapacity (since 2.3.2)"""

    state: str | None = None
    """state (since 0.6)"""

    status: str | None = None
    """status (since 0.6)"""

    total_capacity: int | None = None
    """totalCapacity (since 0.6)"""

    type: str | None = None
    """type (since 0.6)"""

    url: str | None = None
    """url (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
