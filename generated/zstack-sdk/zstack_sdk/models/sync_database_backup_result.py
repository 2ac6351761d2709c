"""Result models: SyncDatabaseBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sync_backup_result import SyncBackupResult

__all__ = [
    "SyncDatabaseBackupResult",
]


class SyncDatabaseBackupResult(ZStackModel):
    """The result of SyncDatabaseBackup (ZStack's `SyncDatabaseBackupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    result: SyncBackupResult | None = None
    """详情参考result (since 3.8.0)"""
