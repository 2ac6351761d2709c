"""Result models: VolumeBackupStorageRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VolumeBackupStorageRefInventory",
]


class VolumeBackupStorageRefInventory(ZStackModel):
    """ZStack's `VolumeBackupStorageRefInventory`."""

    backup_storage_uuid: str | None = None
    """镜像存储UUID (since 2.6.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.6.0)"""

    install_path: str | None = None
    """云盘备份的数据路径 (since 2.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.6.0)"""

    status: str | None = None
    """云盘备份在镜像存储的状态 (since 2.6.0)"""

    volume_backup_uuid: str | None = None
    """云盘备份的uuid (since 2.6.0)"""
