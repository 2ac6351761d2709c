"""Result models: AddMiniStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .primary_storage_inventory import PrimaryStorageInventory

__all__ = [
    "AddMiniStorageResult",
]


class AddMiniStorageResult(ZStackModel):
    """The result of AddMiniStorage (ZStack's `AddPrimaryStorageResult`)."""

    error: ErrorCode | None = None

    inventory: PrimaryStorageInventory | None = None
