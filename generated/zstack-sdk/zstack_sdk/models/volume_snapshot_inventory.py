"""Result models: VolumeSnapshotInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .volume_snapshot_backup_storage_ref_inventory import VolumeSnapshotBackupStorageRefInventory

__all__ = [
    "VolumeSnapshotInventory",
]


class VolumeSnapshotInventory(ZStackModel):
    """ZStack's `VolumeSnapshotInventory`."""

    backup_storage_refs: list[VolumeSnapshotBackupStorageRefInventory] | None = None
    """详情参考backupStorageRefs (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    distance: int | None = None

    format: str | None = None
    """format (since 0.6)"""

    group_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    latest: bool | None = None
    """latest (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    parent_uuid: str | None = None
    """parentUuid (since 0.6)"""

    primary_storage_install_path: str | None = None
    """primaryStorageInstallPath (since 0.6)"""

    primary_storage_uuid: str | None = None
    """主存储UUID (since 0.6)"""

    size: int | None = None
    """size (since 0.6)"""

    state: str | None = None
    """state (since 0.6)"""

    status: str | None = None
    """status (since 0.6)"""

    tree_uuid: str | None = None
    """treeUuid (since 0.6)"""

    type: str | None = None
    """type (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

    volume_type: str | None = None
    """volumeType (since 0.6)"""

    volume_uuid: str | None = None
    """云盘UUID (since 0.6)"""
