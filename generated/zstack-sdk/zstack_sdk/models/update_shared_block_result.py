"""Result models: UpdateSharedBlockResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .shared_block_group_primary_storage_inventory import SharedBlockGroupPrimaryStorageInventory

__all__ = [
    "UpdateSharedBlockResult",
]


class UpdateSharedBlockResult(ZStackModel):
    """The result of UpdateSharedBlock (ZStack's `UpdateSharedBlockResult`)."""

    error: ErrorCode | None = None

    inventory: SharedBlockGroupPrimaryStorageInventory | None = None
