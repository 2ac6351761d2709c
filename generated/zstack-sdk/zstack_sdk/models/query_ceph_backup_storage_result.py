"""Result models: QueryCephBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .backup_storage_inventory import BackupStorageInventory
from .error_code import ErrorCode

__all__ = [
    "QueryCephBackupStorageResult",
]


class QueryCephBackupStorageResult(ZStackModel):
    """The result of QueryCephBackupStorage (ZStack's `QueryBackupStorageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[BackupStorageInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
