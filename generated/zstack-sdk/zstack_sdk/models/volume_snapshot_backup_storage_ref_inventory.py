"""Result models: VolumeSnapshotBackupStorageRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "VolumeSnapshotBackupStorageRefInventory",
]


class VolumeSnapshotBackupStorageRefInventory(ZStackModel):
    """ZStack's `VolumeSnapshotBackupStorageRefInventory`."""

    backup_storage_uuid: str | None = None
    """镜像存储UUID (since 0.6)"""

    install_path: str | None = None
    """installPath (since 0.6)"""

    volume_snapshot_uuid: str | None = None
    """云盘快照UUID (since 0.6)"""
