"""Result models: DiscoverExternalPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .external_primary_storage_inventory import ExternalPrimaryStorageInventory

__all__ = [
    "DiscoverExternalPrimaryStorageResult",
]


class DiscoverExternalPrimaryStorageResult(ZStackModel):
    """The ``DiscoverExternalPrimaryStorageResult`` structure."""

    inventory: ExternalPrimaryStorageInventory | None = None
