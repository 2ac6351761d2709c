"""Result models: UpdateDirectoryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .directory_inventory import DirectoryInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateDirectoryResult",
]


class UpdateDirectoryResult(ZStackModel):
    """The result of UpdateDirectory (ZStack's `UpdateDirectoryResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.6.0)"""

    inventory: DirectoryInventory | None = None
    """详情参考inventory (since 4.6.0)"""

    success: bool | None = None
    """success (since 4.6.0)"""
