"""Result models: GetPrimaryStorageCandidatesForVmMigrationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .primary_storage_inventory import PrimaryStorageInventory

__all__ = [
    "GetPrimaryStorageCandidatesForVmMigrationResult",
]


class GetPrimaryStorageCandidatesForVmMigrationResult(ZStackModel):
    """The result of GetPrimaryStorageCandidatesForVmMigration (ZStack's `GetPrimaryStorageCandidatesForVmMigrationResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.0)"""

    inventories: list[PrimaryStorageInventory] | None = None
    """详情参考inventories (since 3.1.0)"""
