"""Result models: AddAliyunEbsPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .primary_storage_inventory import PrimaryStorageInventory

__all__ = [
    "AddAliyunEbsPrimaryStorageResult",
]


class AddAliyunEbsPrimaryStorageResult(ZStackModel):
    """The result of AddAliyunEbsPrimaryStorage (ZStack's `AddPrimaryStorageResult`)."""

    error: ErrorCode | None = None

    inventory: PrimaryStorageInventory | None = None
