"""Result models: VolumeSnapshotGroupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .volume_snapshot_group_ref_inventory import VolumeSnapshotGroupRefInventory

__all__ = [
    "VolumeSnapshotGroupInventory",
]


class VolumeSnapshotGroupInventory(ZStackModel):
    """ZStack's `VolumeSnapshotGroupInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.6.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.6.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.6.0)"""

    name: str | None = None
    """资源名称 (since 3.6.0)"""

    snapshot_count: int | None = None
    """组内快照数量 (since 3.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.6.0)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 3.6.0)"""

    volume_snapshot_refs: list[VolumeSnapshotGroupRefInventory] | None = None
    """详情参考volumeSnapshotRefs (since 3.6.0)"""
