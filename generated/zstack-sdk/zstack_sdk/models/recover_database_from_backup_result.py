"""Result models: RecoverDatabaseFromBackupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RecoverDatabaseFromBackupResult",
]


class RecoverDatabaseFromBackupResult(ZStackModel):
    """The result of RecoverDatabaseFromBackup (ZStack's `RecoverDatabaseFromBackupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.0)"""

    log_listen_port: int | None = None
    """浏览器可以通过此端口号实时打印日志 (since 3.0.0)"""
