"""Result models: GetDatabaseBackupFromImageStoreResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetDatabaseBackupFromImageStoreResult",
]


class GetDatabaseBackupFromImageStoreResult(ZStackModel):
    """The result of GetDatabaseBackupFromImageStore (ZStack's `GetDatabaseBackupFromImageStoreResult`)."""

    backups: list[Any] | None = None

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.0)"""
