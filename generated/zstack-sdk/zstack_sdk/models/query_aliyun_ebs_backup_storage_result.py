"""Result models: QueryAliyunEbsBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .backup_storage_inventory import BackupStorageInventory
from .error_code import ErrorCode

__all__ = [
    "QueryAliyunEbsBackupStorageResult",
]


class QueryAliyunEbsBackupStorageResult(ZStackModel):
    """The result of QueryAliyunEbsBackupStorage (ZStack's `QueryBackupStorageResult`)."""

    error: ErrorCode | None = None

    inventories: list[BackupStorageInventory] | None = None

    total: int | None = None
