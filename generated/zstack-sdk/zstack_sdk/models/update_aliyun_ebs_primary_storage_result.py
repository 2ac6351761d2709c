"""Result models: UpdateAliyunEbsPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .primary_storage_inventory import PrimaryStorageInventory

__all__ = [
    "UpdateAliyunEbsPrimaryStorageResult",
]


class UpdateAliyunEbsPrimaryStorageResult(ZStackModel):
    """The result of UpdateAliyunEbsPrimaryStorage (ZStack's `UpdatePrimaryStorageResult`)."""

    error: ErrorCode | None = None

    inventory: PrimaryStorageInventory | None = None
