"""Result models: QueryImageStoreBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryImageStoreBackupStorageResult",
]


class QueryImageStoreBackupStorageResult(ZStackModel):
    """The result of QueryImageStoreBackupStorage (ZStack's `QueryImageStoreBackupStorageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[Any] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
