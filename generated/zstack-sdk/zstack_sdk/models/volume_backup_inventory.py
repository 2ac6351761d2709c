"""Result models: VolumeBackupInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel
from .volume_backup_storage_ref_inventory import VolumeBackupStorageRefInventory

__all__ = [
    "VolumeBackupInventory",
]


class VolumeBackupInventory(ZStackModel):
    """ZStack's `VolumeBackupInventory`."""

    backup_storage_refs: list[VolumeBackupStorageRefInventory] | None = None
    """详情参考backupStorageRefs (since 2.6.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.6.0)"""

    description: str | None = None
    """备份的详细描述 (since 2.6.0)"""

    group_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.6.0)"""

    metadata: str | None = None
    """云盘备份相关元数据 (since 2.6.0)"""

    mode: Literal["full", "incremental", "auto"] | str | None = None

    name: str | None = None
    """备份名称 (since 2.6.0)"""

    size: int | None = None
    """当前云盘备份的大小 (since 2.6.0)"""

    state: str | None = None
    """云盘备份的启用状态 (since 2.6.0)"""

    status: str | None = None
    """云盘备份的状态 (since 2.6.0)"""

    type: str | None = None
    """云盘的类型 (since 2.6.0)"""

    uuid: str | None = None
    """云盘备份的UUID，唯一标示该资源 (since 2.6.0)"""

    vm_instance_uuid: str | None = None

    volume_uuid: str | None = None
    """云盘UUID (since 2.6.0)"""
