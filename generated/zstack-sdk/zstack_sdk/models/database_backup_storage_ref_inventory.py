"""Result models: DatabaseBackupStorageRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "DatabaseBackupStorageRefInventory",
]


class DatabaseBackupStorageRefInventory(ZStackModel):
    """ZStack's `DatabaseBackupStorageRefInventory`."""

    backup_storage_uuid: str | None = None
    """镜像存储UUID (since 3.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.0.0)"""

    database_backup_uuid: str | None = None
    """databaseBackupUuid (since 3.0.0)"""

    export_url: str | None = None
    """exportUrl (since 3.0.0)"""

    install_path: str | None = None
    """installPath (since 3.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.0.0)"""

    status: str | None = None
    """status (since 3.0.0)"""
