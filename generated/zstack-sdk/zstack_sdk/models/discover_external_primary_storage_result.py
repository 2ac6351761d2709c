"""Result models: DiscoverExternalPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .external_primary_storage_inventory import ExternalPrimaryStorageInventory

__all__ = [
    "DiscoverExternalPrimaryStorageResult",
]


class DiscoverExternalPrimaryStorageResult(ZStackModel):
    """The ``DiscoverExternalPrimaryStorageResult`` structure."""

    inventory: ExternalPrimaryStorageInventory | None = None
