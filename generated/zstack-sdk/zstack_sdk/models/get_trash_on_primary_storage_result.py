"""Result models: GetTrashOnPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .install_path_recycle_inventory import InstallPathRecycleInventory

__all__ = [
    "GetTrashOnPrimaryStorageResult",
]


class GetTrashOnPrimaryStorageResult(ZStackModel):
    """The result of GetTrashOnPrimaryStorage (ZStack's `GetTrashOnPrimaryStorageResult`)."""

    error: ErrorCode | None = None

    inventories: list[InstallPathRecycleInventory] | None = None
