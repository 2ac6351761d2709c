"""Result models: ReconnectImageStoreBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .image_store_backup_storage_inventory import ImageStoreBackupStorageInventory

__all__ = [
    "ReconnectImageStoreBackupStorageResult",
]


class ReconnectImageStoreBackupStorageResult(ZStackModel):
    """The result of ReconnectImageStoreBackupStorage (ZStack's `ReconnectImageStoreBackupStorageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: ImageStoreBackupStorageInventory | None = None
    """详情参考inventory (since 0.6)"""
