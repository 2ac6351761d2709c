"""Result models: UpdateBlockPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .block_primary_storage_inventory import BlockPrimaryStorageInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateBlockPrimaryStorageResult",
]


class UpdateBlockPrimaryStorageResult(ZStackModel):
    """The result of UpdateBlockPrimaryStorage (ZStack's `UpdateBlockPrimaryStorageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.8.0)"""

    inventory: BlockPrimaryStorageInventory | None = None
    """详情参考inventories (since 4.8.0)"""

    success: bool | None = None
    """success (since 4.8.0)"""
