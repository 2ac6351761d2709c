"""Result models: QueryDirectoryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .directory_inventory import DirectoryInventory
from .error_code import ErrorCode

__all__ = [
    "QueryDirectoryResult",
]


class QueryDirectoryResult(ZStackModel):
    """The result of QueryDirectory (ZStack's `QueryDirectoryResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.3.20)"""

    inventories: list[DirectoryInventory] | None = None
    """详情参考inventories (since 5.3.20)"""

    success: bool | None = None
    """success (since 5.3.20)"""

    total: int | None = None
