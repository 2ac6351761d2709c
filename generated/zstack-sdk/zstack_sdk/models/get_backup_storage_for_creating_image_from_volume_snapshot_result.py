"""Result models: GetBackupStorageForCreatingImageFromVolumeSnapshotResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .backup_storage_inventory import BackupStorageInventory
from .error_code import ErrorCode

__all__ = [
    "GetBackupStorageForCreatingImageFromVolumeSnapshotResult",
]


class GetBackupStorageForCreatingImageFromVolumeSnapshotResult(ZStackModel):
    """The result of GetBackupStorageForCreatingImageFromVolumeSnapshot (ZStack's `GetCandidateBackupStorageForCreatingImageResult`)."""

    error: ErrorCode | None = None

    inventories: list[BackupStorageInventory] | None = None
