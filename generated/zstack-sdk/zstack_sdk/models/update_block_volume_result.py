"""Result models: UpdateBlockVolumeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .block_volume_inventory import BlockVolumeInventory

__all__ = [
    "UpdateBlockVolumeResult",
]


class UpdateBlockVolumeResult(ZStackModel):
    """The ``UpdateBlockVolumeResult`` structure."""

    inventory: BlockVolumeInventory | None = None
