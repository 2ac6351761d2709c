"""Result models: QueryVolumeSnapshotGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .volume_snapshot_group_inventory import VolumeSnapshotGroupInventory

__all__ = [
    "QueryVolumeSnapshotGroupResult",
]


class QueryVolumeSnapshotGroupResult(ZStackModel):
    """The result of QueryVolumeSnapshotGroup (ZStack's `QueryVolumeSnapshotGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    inventories: list[VolumeSnapshotGroupInventory] | None = None
    """详情参考inventories (since 3.6.0)"""

    total: int | None = None
