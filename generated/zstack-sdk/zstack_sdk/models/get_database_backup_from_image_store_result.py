"""Result models: GetDatabaseBackupFromImageStoreResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .info import Info

__all__ = [
    "GetDatabaseBackupFromImageStoreResult",
]


class GetDatabaseBackupFromImageStoreResult(ZStackModel):
    """The ``GetDatabaseBackupFromImageStoreResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.0.0)"""

    infos: list[Info] | None = None
    """详情参考infos (since 3.0.0)"""
