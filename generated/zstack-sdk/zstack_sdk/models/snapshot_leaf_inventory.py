"""Result models: SnapshotLeafInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .volume_snapshot_inventory import VolumeSnapshotInventory

__all__ = [
    "SnapshotLeafInventory",
]


class SnapshotLeafInventory(ZStackModel):
    """ZStack's `SnapshotLeafInventory`."""

    children: list[SnapshotLeafInventory] | None = None

    inventory: VolumeSnapshotInventory | None = None

    parent_uuid: str | None = None
