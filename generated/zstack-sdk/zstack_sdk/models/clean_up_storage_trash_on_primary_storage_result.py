"""Result models: CleanUpStorageTrashOnPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CleanUpStorageTrashOnPrimaryStorageResult",
]


class CleanUpStorageTrashOnPrimaryStorageResult(ZStackModel):
    """The result of CleanUpStorageTrashOnPrimaryStorage (ZStack's `CleanUpStorageTrashOnPrimaryStorageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.8.0)"""

    result: dict[str, list[str]] | None = None
    """清理成功的存储垃圾的集合 (since 4.8.0)"""

    success: bool | None = None
    """success (since 4.8.0)"""

    total: int | None = None
    """清理成功的存储垃圾的数量 (since 4.8.0)"""
