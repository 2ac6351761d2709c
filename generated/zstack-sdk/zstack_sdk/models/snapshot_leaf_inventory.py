"""Result models: SnapshotLeafInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .volume_snapshot_inventory import VolumeSnapshotInventory

__all__ = [
    "SnapshotLeafInventory",
]


class SnapshotLeafInventory(ZStackModel):
    """ZStack's `SnapshotLeafInventory`."""

    children: list[SnapshotLeafInventory] | None = None

    inventory: VolumeSnapshotInventory | None = None

    parent_uuid: str | None = None
