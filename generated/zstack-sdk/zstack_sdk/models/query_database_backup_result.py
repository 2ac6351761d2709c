"""Result models: QueryDatabaseBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .database_backup_inventory import DatabaseBackupInventory
from .error_code import ErrorCode

__all__ = [
    "QueryDatabaseBackupResult",
]


class QueryDatabaseBackupResult(ZStackModel):
    """The result of QueryDatabaseBackup (ZStack's `QueryDatabaseBackupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.0)"""

    inventories: list[DatabaseBackupInventory] | None = None
    """详情参考inventories (since 3.0.0)"""

    total: int | None = None
