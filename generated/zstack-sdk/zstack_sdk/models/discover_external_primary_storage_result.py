"""Result models: DiscoverExternalPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .external_primary_storage_inventory import ExternalPrimaryStorageInventory

__all__ = [
    "DiscoverExternalPrimaryStorageResult",
]


class DiscoverExternalPrimaryStorageResult(ZStackModel):
    """The result of DiscoverExternalPrimaryStorage (ZStack's `DiscoverExternalPrimaryStorageResult`)."""

    error: ErrorCode | None = None

    inventory: ExternalPrimaryStorageInventory | None = None
