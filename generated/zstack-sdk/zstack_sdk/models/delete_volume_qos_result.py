"""Result models: DeleteVolumeQosResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_inventory import VolumeInventory

__all__ = [
    "DeleteVolumeQosResult",
]


class DeleteVolumeQosResult(ZStackModel):
    """The result of DeleteVolumeQos (ZStack's `DeleteVolumeQosResult`)."""

    error: ErrorCode | None = None

    inventory: VolumeInventory | None = None
