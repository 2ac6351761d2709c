"""Result models: GetTrashOnBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .install_path_recycle_inventory import InstallPathRecycleInventory

__all__ = [
    "GetTrashOnBackupStorageResult",
]


class GetTrashOnBackupStorageResult(ZStackModel):
    """The result of GetTrashOnBackupStorage (ZStack's `GetTrashOnBackupStorageResult`)."""

    error: ErrorCode | None = None

    inventories: list[InstallPathRecycleInventory] | None = None
