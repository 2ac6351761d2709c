"""Result models: UpdateBlockVolumeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .block_volume_inventory import BlockVolumeInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateBlockVolumeResult",
]


class UpdateBlockVolumeResult(ZStackModel):
    """The result of UpdateBlockVolume (ZStack's `UpdateBlockVolumeResult`)."""

    error: ErrorCode | None = None

    inventory: BlockVolumeInventory | None = None
