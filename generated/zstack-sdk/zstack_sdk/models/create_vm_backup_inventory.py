"""Result models: CreateVmBackupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .create_vm_backup_inventory_backup_storage_ref import CreateVmBackupInventoryBackupStorageRef

__all__ = [
    "CreateVmBackupInventory",
]


class CreateVmBackupInventory(ZStackModel):
    """The ``CreateVmBackupInventory`` structure."""

    backup_storage_refs: list[CreateVmBackupInventoryBackupStorageRef] | None = None
    """详情参考backupStorageRefs (since 3.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.0.0)"""

    description: str | None = None
    """备份的详细描述 (since 3.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.0.0)"""

    metadata: str | None = None
    """云盘备份相关元数据 (since 3.0.0)"""

    name: str | None = None
    """备份名称 (since 3.0.0)"""

    size: int | None = None
    """当前云盘备份的大小 (since 3.0.0)"""

    state: str | None = None
    """云盘备份的启用状态 (since 3.0.0)"""

    status: str | None = None
    """云盘备份的状态 (since 3.0.0)"""

    type: str | None = None
    """云盘的类型 (since 3.0.0)"""

    uuid: str | None = None
    """云盘备份的UUID，唯一标示该资源 (since 3.0.0)"""

    volume_uuid: str | None = None
    """云盘UUID (since 3.0.0)"""
