"""Result models: RemoveMonFromCephBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ceph_backup_storage_inventory import CephBackupStorageInventory
from .error_code import ErrorCode

__all__ = [
    "RemoveMonFromCephBackupStorageResult",
]


class RemoveMonFromCephBackupStorageResult(ZStackModel):
    """The result of RemoveMonFromCephBackupStorage (ZStack's `RemoveMonFromCephBackupStorageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: CephBackupStorageInventory | None = None
    """详情参考inventory (since 0.6)"""
