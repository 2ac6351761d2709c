"""Result models: GetCandidateBackupStorageForCreatingImageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .backup_storage_inventory import BackupStorageInventory
from .error_code import ErrorCode

__all__ = [
    "GetCandidateBackupStorageForCreatingImageResult",
]


class GetCandidateBackupStorageForCreatingImageResult(ZStackModel):
    """The result of GetCandidateBackupStorageForCreatingImage (ZStack's `GetCandidateBackupStorageForCreatingImageResult`)."""

    error: ErrorCode | None = None

    inventories: list[BackupStorageInventory] | None = None
