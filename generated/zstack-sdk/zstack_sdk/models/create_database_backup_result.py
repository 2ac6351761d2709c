"""Result models: CreateDatabaseBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .database_backup_inventory import DatabaseBackupInventory
from .error_code import ErrorCode

__all__ = [
    "CreateDatabaseBackupResult",
]


class CreateDatabaseBackupResult(ZStackModel):
    """The result of CreateDatabaseBackup (ZStack's `CreateDatabaseBackupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.0)"""

    inventory: DatabaseBackupInventory | None = None
    """详情参考inventory (since 3.0.0)"""
