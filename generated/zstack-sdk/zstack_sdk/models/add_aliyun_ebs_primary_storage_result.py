"""Result models: AddAliyunEbsPrimaryStorageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .primary_storage_inventory import PrimaryStorageInventory

__all__ = [
    "AddAliyunEbsPrimaryStorageResult",
]


class AddAliyunEbsPrimaryStorageResult(ZStackModel):
    """The ``AddAliyunEbsPrimaryStorageResult`` structure."""

    inventory: PrimaryStorageInventory | None = None
