"""Result models: QuerySftpBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sftp_backup_storage_inventory import SftpBackupStorageInventory

__all__ = [
    "QuerySftpBackupStorageResult",
]


class QuerySftpBackupStorageResult(ZStackModel):
    """The result of QuerySftpBackupStorage (ZStack's `QuerySftpBackupStorageResult`)."""

    error: ErrorCode | None = None

    inventories: list[SftpBackupStorageInventory] | None = None

    total: int | None = None
