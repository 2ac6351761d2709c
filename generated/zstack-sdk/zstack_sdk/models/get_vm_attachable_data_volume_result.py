"""Result models: GetVmAttachableDataVolumeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_inventory import VolumeInventory

__all__ = [
    "GetVmAttachableDataVolumeResult",
]


class GetVmAttachableDataVolumeResult(ZStackModel):
    """The result of GetVmAttachableDataVolume (ZStack's `GetVmAttachableDataVolumeResult`)."""

    error: ErrorCode | None = None

    inventories: list[VolumeInventory] | None = None
