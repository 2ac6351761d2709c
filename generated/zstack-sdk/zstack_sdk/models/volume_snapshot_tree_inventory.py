"""Result models: VolumeSnapshotTreeInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .snapshot_leaf_inventory import SnapshotLeafInventory

__all__ = [
    "VolumeSnapshotTreeInventory",
]


class VolumeSnapshotTreeInventory(ZStackModel):
    """ZStack's `VolumeSnapshotTreeInventory`."""

    create_date: ZStackDateTime | None = None

    current: bool | None = None

    last_op_date: ZStackDateTime | None = None

    status: str | None = None

    tree: SnapshotLeafInventory | None = None

    uuid: str | None = None

    volume_uuid: str | None = None
