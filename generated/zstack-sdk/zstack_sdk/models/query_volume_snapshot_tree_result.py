"""Result models: QueryVolumeSnapshotTreeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_snapshot_tree_inventory import VolumeSnapshotTreeInventory

__all__ = [
    "QueryVolumeSnapshotTreeResult",
]


class QueryVolumeSnapshotTreeResult(ZStackModel):
    """The result of QueryVolumeSnapshotTree (ZStack's `QueryVolumeSnapshotTreeResult`)."""

    error: ErrorCode | None = None

    inventories: list[VolumeSnapshotTreeInventory] | None = None

    total: int | None = None
