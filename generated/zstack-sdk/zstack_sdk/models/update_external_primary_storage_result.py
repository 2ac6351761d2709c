"""Result models: UpdateExternalPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .external_primary_storage_inventory import ExternalPrimaryStorageInventory

__all__ = [
    "UpdateExternalPrimaryStorageResult",
]


class UpdateExternalPrimaryStorageResult(ZStackModel):
    """The result of UpdateExternalPrimaryStorage (ZStack's `UpdateExternalPrimaryStorageResult`)."""

    error: ErrorCode | None = None

    inventory: ExternalPrimaryStorageInventory | None = None
