"""Result models: GetBackupStorageCandidatesForImageMigrationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .backup_storage_inventory import BackupStorageInventory
from .error_code import ErrorCode

__all__ = [
    "GetBackupStorageCandidatesForImageMigrationResult",
]


class GetBackupStorageCandidatesForImageMigrationResult(ZStackModel):
    """The result of GetBackupStorageCandidatesForImageMigration (ZStack's `GetBackupStorageCandidatesForImageMigrationResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.2)"""

    inventories: list[BackupStorageInventory] | None = None
    """详情参考inventories (since 2.2)"""
