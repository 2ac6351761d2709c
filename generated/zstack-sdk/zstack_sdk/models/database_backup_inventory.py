"""Result models: DatabaseBackupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .database_backup_storage_ref_inventory import DatabaseBackupStorageRefInventory

__all__ = [
    "DatabaseBackupInventory",
]


class DatabaseBackupInventory(ZStackModel):
    """ZStack's `DatabaseBackupInventory`."""

    backup_storage_refs: list[DatabaseBackupStorageRefInventory] | None = None
    """详情参考backupStorageRefs (since 3.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.0.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.0.0)"""

    metadata: str | None = None
    """metadata (since 3.0.0)"""

    name: str | None = None
    """资源名称 (since 3.0.0)"""

    size: int | None = None
    """size (since 3.0.0)"""

    state: str | None = None
    """state (since 3.0.0)"""

    status: str | None = None
    """status (since 3.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.0.0)"""
