"""Result models: AddMonToCephPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ceph_primary_storage_inventory import CephPrimaryStorageInventory
from .error_code import ErrorCode

__all__ = [
    "AddMonToCephPrimaryStorageResult",
]


class AddMonToCephPrimaryStorageResult(ZStackModel):
    """The result of AddMonToCephPrimaryStorage (ZStack's `AddMonToCephPrimaryStorageResult`)."""

    error: ErrorCode | None = None

    inventory: CephPrimaryStorageInventory | None = None
