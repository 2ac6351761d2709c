"""Result models: ExportDatabaseBackupFromBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ExportDatabaseBackupFromBackupStorageResult",
]


class ExportDatabaseBackupFromBackupStorageResult(ZStackModel):
    """The result of ExportDatabaseBackupFromBackupStorage (ZStack's `ExportDatabaseBackupFromBackupStorageResult`)."""

    database_backup_url: str | None = None
    """被导出备份的访问地址 (since 3.0.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.0)"""
